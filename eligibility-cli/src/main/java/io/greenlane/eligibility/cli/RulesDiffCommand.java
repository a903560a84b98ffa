package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.PlainText;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eligibility rules diff --from ID|DIR --to ID|DIR PACK...}: decides the same packs under two rule sets
 * and lists every pack whose outcome or findings change: the policy author's impact analysis.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
        description = "Decides the same packs under two rule sets and lists every pack whose outcome or findings "
                + "change, each finding found only before marked '-' and each found only after marked '+'; then "
                + "counts the packs.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the comparison ran (whatever changed)",
            "2:a usage or input error (a pack that could not be read: named on stderr, the others compared)",
            "5:output that could not be written", "130:stopped by SIGINT, 143 by SIGTERM",
            "1:an internal error (please report it)"})
final class RulesDiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "ID|DIR",
            description = "The rule set before: an id (shipped, or in --rules-dir) or a folder holding one rule set.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "ID|DIR", description = "The rule set after, likewise.")
    String to;

    @Mixin
    LabsOption labs;

    @Mixin
    RulesDirOption rulesDir;

    @Parameters(paramLabel = "PACK", arity = "1..*",
            description = "Packs: files, folders of them, JSON-lines files, or - for JSON lines on stdin.")
    List<Path> packs;

    /** A rule set to compare: the engine that holds it, its id there, and how to name it. */
    private record Side(EligibilityEngine engine, String id, String label) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabRegistry registry = labs.registry(err);
        Side before = side(from, registry);
        Side after = side(to, registry);
        out.println("rules diff " + PlainText.escape(before.label()) + " -> " + PlainText.escape(after.label()));
        int packCount = 0;
        int outcomeChanged = 0;
        int findingsChanged = 0;
        int unreadable = 0;
        PackSource source = new PackSource(packs, EligibilityCommand.stdin(spec));
        PackSource.Entry pack;
        while ((pack = source.next()) != null) {
            if (Interruption.requested()) {
                break;
            }
            Declaration declaration;
            try {
                declaration = pack.declaration();
            } catch (InputError e) {
                // One unreadable pack is named, and the comparison goes on over the others.
                err.println("error: " + PlainText.escape(e.getMessage()));
                unreadable++;
                continue;
            }
            packCount++;
            Decision was = before.engine().decide(declaration, before.id());
            Decision is = after.engine().decide(declaration, after.id());
            List<String> removed = subtract(keys(was), keys(is));
            List<String> added = subtract(keys(is), keys(was));
            if (was.outcome() == is.outcome() && removed.isEmpty() && added.isEmpty()) {
                continue;
            }
            if (was.outcome() != is.outcome()) {
                outcomeChanged++;
            } else {
                findingsChanged++;
            }
            out.println();
            out.println(PlainText.escape(was.declarationId()) + " (" + PlainText.escape(pack.name()) + "): "
                    + was.outcome() + (was.outcome() == is.outcome() ? " (unchanged)" : " -> " + is.outcome()));
            removed.forEach(k -> out.println("  - " + PlainText.escape(k)));
            added.forEach(k -> out.println("  + " + PlainText.escape(k)));
            OutputFailure.check(out);
        }
        out.println();
        out.println(packCount + " pack(s) decided: " + outcomeChanged + " changed outcome, " + findingsChanged
                + " changed findings only, " + (packCount - outcomeChanged - findingsChanged) + " unchanged"
                + (unreadable == 0 ? "" : "; " + unreadable + " pack(s) could not be read"));
        if (Interruption.requested()) {
            err.println("interrupted by " + Interruption.signalName() + ": the counts above cover the packs before it");
            return Interruption.exitCode();
        }
        return unreadable == 0 ? ExitCodes.OK : ExitCodes.USAGE;
    }

    private Side side(String ref, LabRegistry registry) {
        Path path = Path.of(ref);
        if (Files.isDirectory(path)) {
            EligibilityEngine engine = EligibilityEngine.builder().labRegistry(registry)
                    .ruleSetsFromDirectory(path).build();
            if (engine.ruleSets().size() != 1) {
                throw new ParameterException(spec.commandLine(), ref + " holds " + engine.ruleSets().size()
                        + " rule sets; name the folder of one of them");
            }
            RuleSetInfo info = engine.ruleSets().get(0);
            return new Side(engine, info.ref().id(), info.ref().id() + " from " + ref + " (" + info.ref().digest()
                    + ")");
        }
        EligibilityEngine engine = rulesDir.engine(registry);
        RuleSetInfo info = engine.ruleSets().stream().filter(r -> r.ref().id().equals(ref)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown rule set \"" + ref
                        + "\" (not a folder either); known: " + engine.ruleSets().stream().map(r -> r.ref().id())
                        .toList()));
        return new Side(engine, ref, ref + " (" + info.ref().digest() + ")");
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
}
