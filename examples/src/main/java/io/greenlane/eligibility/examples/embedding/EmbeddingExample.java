package io.greenlane.eligibility.examples.embedding;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.Severity;
import java.nio.file.Path;

/**
 * What a forwarder's booking system writes to pre-check a declaration: build the engine once at start-up,
 * then decide each pack. Uses the public API only; {@code EmbeddingExampleTest} runs it on the shipped samples.
 */
public final class EmbeddingExample {

    private final EligibilityEngine engine;

    /** Build once at start-up: this compiles the rule sets. Share the engine between threads. */
    public EmbeddingExample(LabRegistry operatorRegistry) {
        this.engine = EligibilityEngine.builder().labRegistry(operatorRegistry).build();
    }

    /** Pre-checks one pack and returns what the booking screen shows. */
    public String precheck(Path pack) {
        Declaration declaration;
        try {
            declaration = Declaration.read(pack);
        } catch (InvalidInputException e) {
            return "Cannot check " + pack.getFileName() + ": " + e.location() + ": " + e.problem();
        }
        Decision decision = engine.decide(declaration);
        StringBuilder screen = new StringBuilder();
        screen.append(decision.declarationId()).append(": ").append(decision.outcome())
                .append(" (rule set ").append(decision.ruleSet().id()).append(')');
        if (decision.outcome() != Outcome.GREEN_LANE) {
            for (Finding finding : decision.findings()) {
                if (finding.severity().compareTo(Severity.INFO) > 0) {
                    screen.append(System.lineSeparator()).append("- ").append(finding.code()).append(": ")
                            .append(finding.remedy());
                }
            }
        }
        return screen.toString();
    }

    /** Pre-checks the pack named by the first argument against the registry named by the second. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: EmbeddingExample PACK.json REGISTRY.csv");
            System.exit(2);
        }
        EmbeddingExample booking = new EmbeddingExample(LabRegistry.read(Path.of(args[1])));
        System.out.println(booking.precheck(Path.of(args[0])));
    }
}
