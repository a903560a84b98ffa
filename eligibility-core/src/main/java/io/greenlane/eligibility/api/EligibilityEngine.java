package io.greenlane.eligibility.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Decides declarations against versioned rule sets. Build one and share it: it is safe to use from
 * many threads, and every decision runs in a fresh rule session.
 */
public interface EligibilityEngine {

    /**
     * A builder that loads the shipped rule sets from the classpath. Give it the operator's lab registry
     * ({@link Builder#labRegistry}): without one it refuses to build.
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Starts building the shipped rule sets on a background (daemon) thread and returns at once, so that a program
     * can read its options and input meanwhile: the first engine then built from the shipped rule sets waits for
     * this build instead of starting its own (on two cores, most of the build is paid in parallel). Whatever goes
     * wrong here is left for that engine's build to report.
     */
    static void prepareShippedRuleSets() {
        Thread building = new Thread(() -> {
            try {
                provider().prepareShippedRuleSets();
            } catch (RuntimeException | LinkageError e) {
                // the engine built afterwards meets the same problem and reports it
            }
        }, "shipped-rules");
        building.setDaemon(true);
        building.start();
    }

    /**
     * Decides a declaration with the rule set in force on its declaration date.
     * A date before every rule set, or after the latest one ends, gives a {@code LANE_NOT_IN_FORCE} decision.
     *
     * @throws RuleFailedException when a rule fails (only rule sets loaded from a folder can have such a rule)
     */
    Decision decide(Declaration declaration);

    /**
     * Decides a declaration with the rule set pinned by id, whatever the declaration date.
     *
     * @throws IllegalArgumentException when no rule set has that id
     * @throws RuleFailedException when a rule fails
     */
    Decision decide(Declaration declaration, String ruleSetId);

    /** The loaded rule sets, earliest first. */
    List<RuleSetInfo> ruleSets();

    /** The rule set in force on a date, or the one that decides when none is (the nearest). */
    RuleSetInfo ruleSetFor(java.time.LocalDate date);

    /**
     * Recompiles the rule sets from where this engine loaded them (the classpath, or its folder) and swaps
     * them in atomically. Decisions already running finish on the rule sets they started with; later ones
     * use the new. When the new rule sets do not compile, nothing changes.
     *
     * @return the rule sets now in use
     * @throws RuleSetException when the rule sets cannot be loaded; the engine keeps the old ones
     */
    List<RuleSetInfo> reloadRuleSets();

    /**
     * Loads rule sets from a folder (as {@link Builder#ruleSetsFromDirectory(Path)}) and swaps them in
     * atomically, as {@link #reloadRuleSets()} does; later reloads read this folder.
     *
     * @throws RuleSetException when the rule sets cannot be loaded; the engine keeps the old ones
     */
    List<RuleSetInfo> replaceRuleSets(Path directory);

    /** Configures and builds an engine. */
    final class Builder {
        private LabRegistry labRegistry;
        private Path ruleSetDirectory;

        private Builder() {
        }

        /**
         * The operator's lab registry: required. {@link LabRegistry#empty()} is allowed, but then every
         * lab-issued report is {@code LAB_NOT_RECOGNISED} and no declaration can get the green lane.
         */
        public Builder labRegistry(LabRegistry registry) {
            this.labRegistry = Objects.requireNonNull(registry, "labRegistry is required");
            return this;
        }

        /**
         * Loads rule sets from this folder instead of the classpath: either one rule set folder (with a
         * {@code manifest.json}) or a folder of them. Only ever used when called explicitly.
         */
        public Builder ruleSetsFromDirectory(Path directory) {
            this.ruleSetDirectory = Objects.requireNonNull(directory, "directory is required");
            return this;
        }

        /**
         * Compiles the rule sets and builds the engine.
         *
         * @throws IllegalStateException when no lab registry was given (see {@link #labRegistry}), or no engine
         *                               is on the classpath
         * @throws RuleSetException when a rule set does not compile or its manifest is wrong
         */
        public EligibilityEngine build() {
            if (labRegistry == null) {
                throw new IllegalStateException("no lab registry: call labRegistry(LabRegistry.read(path)) with the "
                        + "operator's registry (or labRegistry(LabRegistry.empty()) to decide with none, when every "
                        + "lab-issued report is LAB_NOT_RECOGNISED and no declaration gets the green lane)");
            }
            return provider().create(labRegistry, ruleSetDirectory);
        }
    }

    private static EngineProvider provider() {
        return ServiceLoader.load(EngineProvider.class, EligibilityEngine.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no engine found: "
                        + "META-INF/services/io.greenlane.eligibility.api.EngineProvider is missing (a shaded jar "
                        + "needs maven-shade-plugin's ServicesResourceTransformer)"));
    }
}
