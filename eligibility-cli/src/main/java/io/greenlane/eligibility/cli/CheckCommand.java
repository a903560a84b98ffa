package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eligibility check PACK...}: decides declaration packs, one or many. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
        description = {
            "Decides a declaration pack: the outcome, the rule set that decided, each line's outcome and every "
                    + "finding with what to do about it (--json: the decision document).",
            "Given several packs, a folder, a JSON-lines file (.jsonl, .ndjson) or - (JSON lines on stdin), "
                    + "decides them in parallel and prints one JSON decision per line in input order, a pack that "
                    + "cannot be read as {\"source\": …, \"error\": …}, and a summary on stderr."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:GREEN_LANE",
            "3:MANUAL_REVIEW",
            "4:STANDARD_INSPECTION (several packs: the worst outcome's code)",
            "2:a usage or input error (several packs: any pack that could not be read)",
            "5:output that could not be written (standard output closed or full, or the decision log)",
            "130:stopped by SIGINT, 143 by SIGTERM (several packs: after the line being written and a summary)",
            "1:an internal error (please report it)"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACK", arity = "1..*",
            description = "A pack (JSON); or several, folders of them, JSON-lines files, or - for JSON lines on stdin.")
    List<Path> packs;

    @Mixin
    LabsOption labs;

    @Mixin
    RulesDirOption rulesDir;

    @Mixin
    RuleSetOption ruleSet;

    @Option(names = "--json", description = "Print the decision as its JSON document (several packs: always JSON lines).")
    boolean json;

    @Mixin
    DecisionLogOption decisionLog;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path pack : packs) {
            if (pack.toString().isEmpty()) {
                throw new ParameterException(spec.commandLine(), "a pack path must not be empty");
            }
        }
        LabRegistry registry = labs.registry(err);
        if (!PackSource.isSinglePackFile(packs)) {
            PackSource source = new PackSource(packs, EligibilityCommand.stdin(spec));
            EligibilityEngine engine = rulesDir.engine(registry);
            ruleSet.requireKnown(engine);
            decisionLog.open();
            try {
                return new BatchCheck(engine, ruleSet, decisionLog, out, err).run(source);
            } finally {
                decisionLog.close();
            }
        }
        Declaration declaration = PackSource.read(packs.get(0));
        EligibilityEngine engine = rulesDir.engine(registry);
        ruleSet.requireKnown(engine);
        Decision decision = ruleSet.decide(engine, declaration);
        decisionLog.open();
        try {
            decisionLog.append(declaration, decision);
        } finally {
            decisionLog.close();
        }
        if (json) {
            out.println(decision.toJson());
        } else {
            out.print(decision.toPlainText());
        }
        return ExitCodes.of(decision.outcome());
    }
}
