package io.greenlane.eligibility.examples.singleton;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.RuleSetRef;
import io.greenlane.eligibility.api.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The green-lane check as an application-wide service: what a Spring {@code @Bean} method or a Quarkus
 * {@code @Produces @ApplicationScoped} method returns (see {@link GreenLaneConfiguration}). It holds one
 * {@link EligibilityEngine}, built once at start-up (that compiles the rule sets, about a second), and every
 * request thread calls {@link #precheck(String)} on the same instance: the engine is safe to share and runs each
 * decision in a fresh rule session, so the service needs no lock and keeps no per-request state.
 */
public final class GreenLaneService {

    private final EligibilityEngine engine;

    /** A service around an engine built elsewhere (e.g. with a registry the application loaded itself). */
    public GreenLaneService(EligibilityEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine is required");
    }

    /** Builds the one engine of the application with the operator's lab registry. Call once, at start-up. */
    public static GreenLaneService start(LabRegistry operatorRegistry) {
        return new GreenLaneService(EligibilityEngine.builder().labRegistry(operatorRegistry).build());
    }

    /**
     * Pre-checks one pack as a request handler receives it (the JSON body). Bad input is an answer, not an
     * exception: a {@link Precheck} that says where the pack is wrong (a handler returns 400 with it).
     */
    public Precheck precheck(String packJson) {
        Declaration declaration;
        try {
            declaration = Declaration.fromJson(packJson);
        } catch (InvalidInputException e) {
            return Precheck.rejected(e.location() + ": " + e.problem());
        }
        return Precheck.decided(engine.decide(declaration));
    }

    /** The rule set that decides declarations made on {@code date}: for an info or health endpoint. */
    public RuleSetRef ruleSetFor(LocalDate date) {
        return engine.ruleSetFor(date).ref();
    }

    /**
     * What the booking screen (or a JSON response) shows for one pack.
     *
     * @param declarationId the declaration's id, or null when the pack was rejected
     * @param outcome the outcome, or null when the pack was rejected
     * @param whatToDo the remedies of the findings that weigh on the outcome, in the decision's order
     * @param decisionJson the decision document, to store for audit (it names the rule set and its digest)
     * @param problem where and why the pack cannot be read, or null when it was decided
     */
    public record Precheck(String declarationId, Outcome outcome, List<String> whatToDo, String decisionJson,
                           String problem) {

        static Precheck decided(Decision decision) {
            List<String> remedies = decision.findings().stream()
                    .filter(f -> f.severity().compareTo(Severity.INFO) > 0)
                    .map(Finding::remedy).distinct().toList();
            return new Precheck(decision.declarationId(), decision.outcome(), remedies, decision.toJson(), null);
        }

        static Precheck rejected(String problem) {
            return new Precheck(null, null, List.of(), null, problem);
        }

        /** Whether the pack could not be read (nothing was decided). */
        public boolean rejected() {
            return problem != null;
        }
    }
}
