package io.greenlane.eligibility.examples.cli;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code rules list|validate|diff|coverage}: the policy author's commands. */
final class RulesCommand {
    private final EligibilityCli cli;
    private final PrintStream out;
    private final PrintStream err;

    RulesCommand(EligibilityCli cli, PrintStream out, PrintStream err) {
        this.cli = cli;
        this.out = out;
        this.err = err;
    }

    int run(List<String> words) {
        if (words.isEmpty()) {
            throw new UsageException("rules needs a subcommand: list, validate, diff or coverage");
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "list" -> list(rest);
            case "validate" -> validate(rest);
            case "diff" -> diff(rest);
            case "coverage" -> coverage(rest);
            default -> throw new UsageException("unknown rules subcommand \"" + words.get(0) + "\"");
        };
    }

    private int list(List<String> words) {
        Arguments args = Arguments.parse(words, Set.of(), Set.of("--rules-dir"));
        if (!args.positional.isEmpty()) {
            throw new UsageException("rules list takes no arguments; use --rules-dir DIR for a folder");
        }
        EligibilityEngine engine = EligibilityCli.engine(LabRegistry.empty(), args.option("--rules-dir"));
        for (RuleSetInfo info : engine.ruleSets()) {
            out.println(EligibilityCli.describe(info) + "  " + info.ruleNames().size() + " rules");
        }
        return 0;
    }

    private int validate(List<String> words) {
        Arguments args = Arguments.parse(words, Set.of(), Set.of());
        if (args.positional.size() != 1) {
            throw new UsageException("rules validate takes one folder of rule sets");
        }
        Path dir = Path.of(args.positional.get(0));
        if (!Files.isDirectory(dir)) {
            throw new EligibilityCli.InputError(dir + ": not a directory");
        }
        try {
            EligibilityEngine engine = EligibilityEngine.builder().ruleSetsFromDirectory(dir).build();
            for (RuleSetInfo info : engine.ruleSets()) {
                out.println("ok  " + EligibilityCli.describe(info) + "  " + info.ruleNames().size() + " rules");
            }
            return 0;
        } catch (RuleSetException e) {
            for (RuleSetException.Problem problem : e.problems()) {
                out.println(dir.resolve(problem.file()) + ":" + problem.line() + ":" + problem.column() + " "
                        + problem.message());
            }
            err.println("error: " + e.problems().size() + " problem(s) in " + dir);
            return EligibilityCli.EXIT_USAGE;
        }
    }

    /**
     * Decides the same packs under two rule sets and lists every pack whose outcome or findings change:
     * the policy author's impact analysis.
     */
    private int diff(List<String> words) {
        Arguments args = Arguments.parse(words, Set.of(), Set.of("--from", "--to", "--labs", "--rules-dir"));
        if (args.option("--from") == null || args.option("--to") == null || args.positional.isEmpty()) {
            throw new UsageException("usage: rules diff --from ID|DIR --to ID|DIR [--labs CSV] [--rules-dir DIR] PACK...");
        }
        LabRegistry registry = cli.registry(args.option("--labs"));
        Side from = side(args.option("--from"), registry, args.option("--rules-dir"));
        Side to = side(args.option("--to"), registry, args.option("--rules-dir"));
        out.println("rules diff " + from.label() + " -> " + to.label());
        int packs = 0;
        int outcomeChanged = 0;
        int findingsChanged = 0;
        PackSource source = new PackSource(args.positional, System.in);
        while (source.hasNext()) {
            PackSource.Pack pack = source.next();
            packs++;
            Declaration declaration = pack.declaration();
            Decision before = from.engine().decide(declaration, from.id());
            Decision after = to.engine().decide(declaration, to.id());
            List<String> removed = subtract(keys(before), keys(after));
            List<String> added = subtract(keys(after), keys(before));
            if (before.outcome() == after.outcome() && removed.isEmpty() && added.isEmpty()) {
                continue;
            }
            if (before.outcome() != after.outcome()) {
                outcomeChanged++;
            } else {
                findingsChanged++;
            }
            out.println();
            out.println(before.declarationId() + " (" + pack.name() + "): " + before.outcome()
                    + (before.outcome() == after.outcome() ? " (unchanged)" : " -> " + after.outcome()));
            removed.forEach(k -> out.println("  - " + k));
            added.forEach(k -> out.println("  + " + k));
        }
        out.println();
        out.println(packs + " pack(s) decided: " + outcomeChanged + " changed outcome, " + findingsChanged
                + " changed findings only, " + (packs - outcomeChanged - findingsChanged) + " unchanged");
        return 0;
    }

    /** A rule set to compare: an id (shipped, or in --rules-dir) or a folder holding one rule set. */
    private record Side(EligibilityEngine engine, String id, String label) {
    }

    private Side side(String spec, LabRegistry registry, String rulesDir) {
        Path path = Path.of(spec);
        if (Files.isDirectory(path)) {
            EligibilityEngine engine = EligibilityEngine.builder().labRegistry(registry)
                    .ruleSetsFromDirectory(path).build();
            if (engine.ruleSets().size() != 1) {
                throw new UsageException(spec + " holds " + engine.ruleSets().size()
                        + " rule sets; name the folder of one of them");
            }
            RuleSetInfo info = engine.ruleSets().get(0);
            return new Side(engine, info.ref().id(), info.ref().id() + " from " + spec + " (" + info.ref().digest() + ")");
        }
        EligibilityEngine engine = EligibilityCli.engine(registry, rulesDir);
        RuleSetInfo info = engine.ruleSets().stream().filter(r -> r.ref().id().equals(spec)).findFirst()
                .orElseThrow(() -> new UsageException("unknown rule set \"" + spec + "\" (not a folder either); known: "
                        + engine.ruleSets().stream().map(r -> r.ref().id()).toList()));
        return new Side(engine, spec, spec + " (" + info.ref().digest() + ")");
    }

    private static List<String> keys(Decision decision) {
        List<String> keys = new ArrayList<>();
        for (Finding f : decision.findings()) {
            keys.add(f.code() + " [" + f.severity() + "]" + (f.sku() == null ? "" : " line " + f.sku())
                    + (f.reportNumber() == null ? "" : " report " + f.reportNumber()));
        }
        return keys;
    }

    /** {@code a} minus {@code b}, as multisets, in {@code a}'s order. */
    private static List<String> subtract(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(b);
        List<String> result = new ArrayList<>();
        for (String key : a) {
            if (!rest.remove(key)) {
                result.add(key);
            }
        }
        return result;
    }

    /** For a batch of packs: how often each rule fired, and which never did. */
    private int coverage(List<String> words) {
        Arguments args = Arguments.parse(words, Set.of(), Set.of("--labs", "--rules-dir", "--rule-set"));
        if (args.positional.isEmpty()) {
            throw new UsageException("usage: rules coverage [--labs CSV] [--rules-dir DIR] [--rule-set ID] PACK...");
        }
        LabRegistry registry = cli.registry(args.option("--labs"));
        EligibilityEngine engine = EligibilityCli.engine(registry, args.option("--rules-dir"));
        String pinned = args.option("--rule-set");
        if (pinned != null && engine.ruleSets().stream().noneMatch(r -> r.ref().id().equals(pinned))) {
            throw new UsageException("unknown rule set \"" + pinned + "\"");
        }
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        for (RuleSetInfo info : engine.ruleSets()) {
            Map<String, int[]> rules = new TreeMap<>();
            info.ruleNames().forEach(name -> rules.put(name, new int[2]));
            counts.put(info.ref().id(), rules);
        }
        Map<String, Integer> packsPerSet = new TreeMap<>();
        PackSource source = new PackSource(args.positional, System.in);
        while (source.hasNext()) {
            PackSource.Pack pack = source.next();
            Declaration declaration = pack.declaration();
            Decision decision = pinned == null ? engine.decide(declaration) : engine.decide(declaration, pinned);
            String id = decision.ruleSet().id();
            packsPerSet.merge(id, 1, Integer::sum);
            Map<String, int[]> rules = counts.get(id);
            decision.rulesFired().forEach(name -> rules.get(name)[0]++);
            decision.rulesFired().stream().distinct().forEach(name -> rules.get(name)[1]++);
        }
        for (Map.Entry<String, Integer> set : packsPerSet.entrySet()) {
            Map<String, int[]> rules = counts.get(set.getKey());
            long fired = rules.values().stream().filter(c -> c[0] > 0).count();
            out.println("rule set " + set.getKey() + ": " + set.getValue() + " pack(s), " + fired + "/" + rules.size()
                    + " rules fired");
            out.printf("  %8s  %6s  %s%n", "firings", "packs", "rule");
            rules.forEach((name, c) -> out.printf("  %8d  %6d  %s%n", c[0], c[1], name));
            List<String> dead = rules.entrySet().stream().filter(e -> e.getValue()[0] == 0).map(Map.Entry::getKey).toList();
            out.println(dead.isEmpty() ? "  every rule fired" : "  never fired (" + dead.size() + "):");
            dead.forEach(name -> out.println("    " + name));
        }
        return 0;
    }
}
