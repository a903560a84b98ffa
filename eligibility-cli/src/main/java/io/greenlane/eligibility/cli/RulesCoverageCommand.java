package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.PlainText;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligibility rules coverage PACK...}: how often each rule fired over a batch of packs, and which never did. */
@Command(name = "coverage", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
        description = "Decides a batch of packs and prints, per rule set that decided, how often each rule fired "
                + "(firings, and packs it fired in) and the rules that never fired.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the count ran", "2:a usage or input error (a pack that could not be read)",
            "5:output that could not be written", "130:stopped by SIGINT, 143 by SIGTERM",
            "1:an internal error (please report it)"})
final class RulesCoverageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LabsOption labs;

    @Mixin
    RulesDirOption rulesDir;

    @Mixin
    RuleSetOption ruleSet;

    @Parameters(paramLabel = "PACK", arity = "1..*",
            description = "Packs: files, folders of them, JSON-lines files, or - for JSON lines on stdin.")
    List<Path> packs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EligibilityEngine engine = rulesDir.engine(labs.registry(spec.commandLine().getErr()));
        ruleSet.requireKnown(engine);
        // Per rule set, per rule: {firings, packs it fired in}.
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        for (RuleSetInfo info : engine.ruleSets()) {
            Map<String, int[]> rules = new TreeMap<>();
            info.ruleNames().forEach(name -> rules.put(name, new int[2]));
            counts.put(info.ref().id(), rules);
        }
        Map<String, Integer> packsPerSet = new TreeMap<>();
        PackSource source = new PackSource(packs, EligibilityCommand.stdin(spec));
        PackSource.Entry pack;
        int unreadable = 0;
        while ((pack = source.next()) != null && !Interruption.requested()) {
            Decision decision;
            try {
                decision = ruleSet.decide(engine, pack.declaration());
            } catch (InputError e) {
                // Named, and left out of the counts; the others still count.
                spec.commandLine().getErr().println("error: " + PlainText.escape(e.getMessage()));
                unreadable++;
                continue;
            }
            String id = decision.ruleSet().id();
            packsPerSet.merge(id, 1, Integer::sum);
            Map<String, int[]> rules = counts.get(id);
            decision.rulesFired().forEach(name -> rules.get(name)[0]++);
            decision.rulesFired().stream().distinct().forEach(name -> rules.get(name)[1]++);
        }
        for (Map.Entry<String, Integer> set : packsPerSet.entrySet()) {
            Map<String, int[]> rules = counts.get(set.getKey());
            long fired = rules.values().stream().filter(c -> c[0] > 0).count();
            out.println("rule set " + PlainText.escape(set.getKey()) + ": " + set.getValue() + " pack(s), " + fired
                    + "/" + rules.size() + " rules fired");
            out.printf("  %8s  %6s  %s%n", "firings", "packs", "rule");
            rules.forEach((name, c) -> out.printf("  %8d  %6d  %s%n", c[0], c[1], PlainText.escape(name)));
            List<String> dead = rules.entrySet().stream().filter(e -> e.getValue()[0] == 0).map(Map.Entry::getKey)
                    .toList();
            out.println(dead.isEmpty() ? "  every rule fired" : "  never fired (" + dead.size() + "):");
            dead.forEach(name -> out.println("    " + PlainText.escape(name)));
        }
        if (unreadable > 0) {
            out.println(unreadable + " pack(s) could not be read and are not counted");
        }
        if (Interruption.requested()) {
            spec.commandLine().getErr().println("interrupted by " + Interruption.signalName()
                    + ": the counts above cover the packs before it");
            return Interruption.exitCode();
        }
        return unreadable == 0 ? ExitCodes.OK : ExitCodes.USAGE;
    }
}
