package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.PlainText;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligibility rules list}: the rule sets with their in-force dates and digests. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the rule sets (shipped, or those in --rules-dir): id, in-force dates, digest and "
                + "number of rules, earliest first.")
final class RulesListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesDirOption rulesDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // Listing decides nothing, so no lab registry is needed.
        EligibilityEngine engine = rulesDir.engine(LabRegistry.empty());
        for (RuleSetInfo info : engine.ruleSets()) {
            out.println(PlainText.escape(RulesCommand.describe(info)) + "  " + info.ruleNames().size() + " rules");
        }
        return ExitCodes.OK;
    }
}
