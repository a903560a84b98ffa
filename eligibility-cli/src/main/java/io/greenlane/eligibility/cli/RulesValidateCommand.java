package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.PlainText;
import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligibility rules validate DIR}: compiles a folder of rule sets and says where each problem is. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Compiles every DRL file of the rule sets in DIR and checks their manifests, as check --rules-dir "
                    + "would load them. Prints 'ok' per rule set, or one FILE:LINE:COLUMN line per problem; "
                    + "warnings (FILE:LINE:COLUMN warning: ...) do not fail the run.",
            "The warnings are a lint, not a sandbox: a rules folder is code, run with the rights of whoever "
                    + "runs the CLI."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every rule set loads", "2:a problem in a rule set (or a usage error)",
            "5:output that could not be written", "130:stopped by SIGINT, 143 by SIGTERM",
            "1:an internal error (please report it)"})
final class RulesValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A rule set folder (with a manifest.json), or a folder of them.")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            throw new InputError(dir + ": not a directory");
        }
        try {
            EligibilityEngine engine = EligibilityEngine.builder().labRegistry(LabRegistry.empty())
                    .ruleSetsFromDirectory(dir).build();
            boolean warned = false;
            for (RuleSetInfo info : engine.ruleSets()) {
                printLoaded(out, info);
                warned |= !info.warnings().isEmpty();
            }
            if (warned) {
                err.println(LINT_IS_NOT_A_SANDBOX);
            }
            return ExitCodes.OK;
        } catch (RuleSetException e) {
            List<String> lines = problemLines(e);
            lines.forEach(out::println);
            err.println("error: " + lines.size() + " problem(s) in " + PlainText.escape(dir.toString()));
            return ExitCodes.USAGE;
        }
    }

    /**
     * One {@code FILE:LINE:COLUMN message} line per problem, escaped, each once. The expression language's own
     * report ({@code [Error: …] [Near : {…}] ^ [Line: 36, Column: 4]}), which the loader still passes on for some
     * errors, is cut: it repeats the place in its own terms, and authors read it as a second problem.
     */
    static List<String> problemLines(RuleSetException e) {
        Set<String> lines = new LinkedHashSet<>();
        for (RuleSetException.Problem problem : e.problems()) {
            String message = MVEL_REPORT.matcher(problem.message()).replaceFirst("").strip();
            lines.add(location(problem) + " " + PlainText.escape(message.isEmpty() ? problem.message() : message));
        }
        return List.copyOf(lines);
    }

    private static final Pattern MVEL_REPORT = Pattern.compile("[:\\s]*\\[(?:Error|Near) ?:.*$", Pattern.DOTALL);

    /** Said once after any warning: what the warnings are not. */
    static final String LINT_IS_NOT_A_SANDBOX = "note: the warnings are a lint, not a sandbox: a rules folder is code "
            + "and runs with the rights of whoever runs the CLI; load only folders from trusted authors";

    /** "ok" and the rule set in one line, then one {@code FILE:LINE:COLUMN warning: …} line per warning. */
    static void printLoaded(PrintWriter out, RuleSetInfo info) {
        out.println("ok  " + PlainText.escape(RulesCommand.describe(info)) + "  " + info.ruleNames().size() + " rules");
        for (RuleSetException.Problem warning : info.warnings()) {
            String message = warning.message().startsWith("warning: ") ? warning.message()
                    : "warning: " + warning.message();
            out.println(location(warning) + " " + PlainText.escape(message));
        }
    }

    /**
     * {@code FILE:LINE:COLUMN}: the loader names the file as the folder was given (so the path exists), with
     * 1-based lines and columns; a problem without a line is {@code FILE:}.
     */
    static String location(RuleSetException.Problem problem) {
        String where = PlainText.escape(problem.file());
        if (problem.line() <= 0) {
            return where + ":";
        }
        return where + ":" + problem.line() + (problem.column() > 0 ? ":" + problem.column() : "");
    }
}
