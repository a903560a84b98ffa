package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.RuleSetInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligibility rules list|validate|diff|coverage}: the policy author's commands. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        subcommands = {RulesListCommand.class, RulesValidateCommand.class, RulesDiffCommand.class,
            RulesReplayCommand.class, RulesCoverageCommand.class},
        description = "For policy authors: list the rule sets, validate a folder of them, compare two rule sets "
                + "over packs (impact analysis), re-decide a decision log under another rule set, and count rule "
                + "firings over packs (dead rules).",
        footerHeading = "%n",
        footer = "Run 'eligibility rules COMMAND --help' for a command's options.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "rules needs a command: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** "2026-05-04  in force 2026-05-04 to (open)  sha256:…": a rule set in one line. */
    static String describe(RuleSetInfo info) {
        return info.ref().id() + "  in force " + info.inForceFrom() + " to "
                + (info.inForceUntil() == null ? "(open)" : info.inForceUntil()) + "  " + info.ref().digest();
    }
}
