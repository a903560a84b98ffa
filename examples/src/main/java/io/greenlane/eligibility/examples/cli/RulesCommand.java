package io.greenlane.eligibility.examples.cli;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code rules list} and {@code rules validate}: the policy author's commands. */
final class RulesCommand {
    private final PrintStream out;
    private final PrintStream err;

    RulesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> words) {
        if (words.isEmpty()) {
            throw new UsageException("rules needs a subcommand: list or validate");
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "list" -> list(rest);
            case "validate" -> validate(rest);
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
}
