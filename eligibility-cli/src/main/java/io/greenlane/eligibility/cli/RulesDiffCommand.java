package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.PlainText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eligibility rules diff --from ID|DIR --to ID|DIR PACK...}: decides the same packs under two rule sets,
 * both pinned, and lists every pack whose outcome or findings change, then a table of outcome transitions: the
 * policy author's impact analysis, and with {@code --fail-on-change} a release gate.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
        description = {"Decides the same packs under two rule sets, each pinned whatever the declaration date (so a "
                + "draft from a future date is compared on today's packs), and lists every pack whose outcome or "
                + "findings change, each finding found only before marked '-' and each found only after marked '+'; "
                + "then the counts and a table of outcome transitions (GREEN_LANE -> MANUAL_REVIEW: 12)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the comparison ran (with --fail-on-change: and no outcome changed)",
            "6:--fail-on-change and some pack's outcome changed",
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

    @Option(names = "--fail-on-change",
            description = "Exit 6 when any pack's outcome changes: a release gate that asks for a sign-off.")
    boolean failOnChange;

    @Option(names = "--json", description = "JSON lines for machines: a header, one line per changed pack, a summary "
            + "with the transitions.")
    boolean json;

    @Mixin
    LabsOption labs;

    @Mixin
    RulesDirOption rulesDir;

    @Parameters(paramLabel = "PACK", arity = "1..*",
            description = "Packs: files, folders of them, JSON-lines files, or - for JSON lines on stdin.")
    List<Path> packs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabRegistry registry = labs.registry(err);
        PinnedRuleSet before = PinnedRuleSet.of(from, registry, rulesDir, spec.commandLine());
        PinnedRuleSet after = PinnedRuleSet.of(to, registry, rulesDir, spec.commandLine());
        Comparison comparison = new Comparison(out, json);
        comparison.header("rules diff", before.json(), before.label(), after.json(), after.label(),
                "every pack is decided by each rule set, whatever its declaration date");
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
                comparison.unreadable();
                continue;
            }
            Decision was = before.decide(declaration);
            Decision is = after.decide(declaration);
            comparison.pack(was.declarationId(), pack.name(), was.outcome(), is.outcome(), keys(was), keys(is));
        }
        comparison.summary();
        return finish(comparison, failOnChange, err);
    }

    /** The exit code of a comparison: a signal's, then unreadable packs, then --fail-on-change. */
    static int finish(Comparison comparison, boolean failOnChange, PrintWriter err) {
        if (Interruption.requested()) {
            err.println("interrupted by " + Interruption.signalName() + ": the counts above cover the packs before it");
            return Interruption.exitCode();
        }
        if (comparison.unreadableCount() > 0) {
            return ExitCodes.USAGE;
        }
        if (failOnChange && comparison.anyOutcomeChanged()) {
            err.println("outcomes changed (--fail-on-change)");
            return ExitCodes.OUTCOMES_CHANGED;
        }
        return ExitCodes.OK;
    }

    private static List<String> keys(Decision decision) {
        List<String> keys = new ArrayList<>();
        for (Finding f : decision.findings()) {
            keys.add(f.code() + " [" + f.severity() + "]" + (f.sku() == null ? "" : " line " + f.sku())
                    + (f.reportNumber() == null ? "" : " report " + f.reportNumber()));
        }
        return keys;
    }
}
