package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.PlainText;
import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
            for (RuleSetInfo info : engine.ruleSets()) {
                printLoaded(out, dir, info);
            }
            return ExitCodes.OK;
        } catch (RuleSetException e) {
            for (RuleSetException.Problem problem : e.problems()) {
                out.println(location(dir, problem) + " " + PlainText.escape(problem.message()));
            }
            err.println("error: " + e.problems().size() + " problem(s) in " + PlainText.escape(dir.toString()));
            return ExitCodes.USAGE;
        }
    }

    /** "ok" and the rule set in one line, then one {@code FILE:LINE:COLUMN warning: …} line per warning. */
    static void printLoaded(PrintWriter out, Path dir, RuleSetInfo info) {
        out.println("ok  " + PlainText.escape(RulesCommand.describe(info)) + "  " + info.ruleNames().size() + " rules");
        for (RuleSetException.Problem warning : info.warnings()) {
            out.println(location(dir, warning) + " warning: " + PlainText.escape(warning.message()));
        }
    }

    /**
     * {@code FILE:LINE:COLUMN}, with FILE a path that exists where one does (the loader names files relative to
     * the folder of rule sets, which for a single rule set is the folder's parent), and no line or column where
     * the loader knows none ({@code FILE:}).
     */
    static String location(Path dir, RuleSetException.Problem problem) {
        Path file = dir.resolve(problem.file());
        Path parent = dir.toAbsolutePath().getParent();
        if (!Files.exists(file) && parent != null && Files.exists(parent.resolve(problem.file()))) {
            file = dir.resolveSibling(problem.file());
        }
        if (!Files.exists(file) && Files.exists(Path.of(problem.file()))) {
            file = Path.of(problem.file());
        }
        String where = PlainText.escape(file.toString());
        if (problem.line() <= 0) {
            return where + ":";
        }
        return where + ":" + problem.line() + (problem.column() > 0 ? ":" + problem.column() : "");
    }
}
