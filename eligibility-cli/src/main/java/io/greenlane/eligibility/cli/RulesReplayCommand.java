package io.greenlane.eligibility.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.DecisionLog;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.PlainText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eligibility rules replay LOG --to ID|DIR}: re-decides the packs of a decision log (written by
 * {@code check --decision-log FILE --log-packs} or by the decision service) under another rule set, pinned, and
 * compares each with what was logged, as {@code rules diff} compares two rule sets.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
        description = {"Re-decides every pack of a decision log under another rule set, pinned whatever the "
                + "declaration date, and lists every decision whose outcome or finding codes would change, as "
                + "'rules diff' does; then the counts and a table of outcome transitions.",
            "The log must carry the packs (check --decision-log FILE --log-packs, or the service's --log-packs)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the replay ran (with --fail-on-change: and no outcome changed)",
            "6:--fail-on-change and some decision's outcome changed",
            "2:a usage or input error (a log line that cannot be read, or logged without its pack)",
            "5:output that could not be written", "130:stopped by SIGINT, 143 by SIGTERM",
            "1:an internal error (please report it)"})
final class RulesReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "A decision log, one JSON line per decision.")
    Path log;

    @Option(names = "--to", required = true, paramLabel = "ID|DIR",
            description = "The rule set to re-decide with: an id (shipped, or in --rules-dir) or a folder holding one.")
    String to;

    @Option(names = "--fail-on-change", description = "Exit 6 when any decision's outcome would change.")
    boolean failOnChange;

    @Option(names = "--json", description = "JSON lines for machines: a header, one line per changed decision, a "
            + "summary with the transitions.")
    boolean json;

    @Mixin
    LabsOption labs;

    @Mixin
    RulesDirOption rulesDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabRegistry registry = labs.registry(err);
        PinnedRuleSet after = PinnedRuleSet.of(to, registry, rulesDir, spec.commandLine());
        Comparison comparison = new Comparison(out, json);
        ObjectNode before = Json.MAPPER.createObjectNode().put("log", log.toString());
        comparison.header("rules replay", before, "the decisions logged in " + log, after.json(), after.label(),
                "every logged pack is decided by " + after.info().ref().id() + ", whatever its declaration date");
        try (Stream<DecisionLog.Entry> entries = DecisionLog.read(log)) {
            Iterator<DecisionLog.Entry> it = entries.iterator();
            int line = 0;
            while (it.hasNext()) {
                if (Interruption.requested()) {
                    break;
                }
                DecisionLog.Entry entry = it.next();
                line++;
                String source = log + " line " + line;
                if (entry.pack() == null) {
                    err.println("error: " + PlainText.escape(source) + ": logged without its pack; replay needs a log"
                            + " written with --log-packs");
                    comparison.unreadable();
                    continue;
                }
                Decision is = after.decide(entry.pack());
                comparison.pack(entry.declarationId(), source + ", logged under " + entry.ruleSet().id(), entry.outcome(),
                        is.outcome(), entry.findingCodes(), codes(is));
            }
        } catch (InvalidInputException e) {
            // A line that is not a whole entry: the comparison so far stands, and the run says where it stopped.
            comparison.summary();
            throw new InputError(log + ": " + e.getMessage() + " (the replay stopped there)");
        } catch (UncheckedIOException e) {
            comparison.summary();
            throw new InputError(log + ": " + e.getCause().getMessage() + " (the replay stopped there)");
        } catch (IOException e) {
            throw new InputError(log + ": " + InputError.ioProblem(e));
        }
        comparison.summary();
        return RulesDiffCommand.finish(comparison, failOnChange, err);
    }

    private static List<String> codes(Decision decision) {
        return decision.findings().stream().map(Finding::code).toList();
    }

    /** Made on first use, not when picocli builds the command tree: {@code --help} never loads Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
