package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules-dir}: the one definition of the option that swaps the shipped rule sets for a folder of them. */
final class RulesDirOption {

    @Option(names = "--rules-dir", paramLabel = "DIR",
            description = "Load rule sets from this folder (one rule set, or a folder of them) instead of the "
                    + "shipped ones. A rules folder is code: use only folders from trusted authors.")
    Path rulesDir;

    /** An engine with this registry, on the folder's rule sets or the shipped ones. */
    EligibilityEngine engine(LabRegistry registry) {
        EligibilityEngine.Builder builder = EligibilityEngine.builder().labRegistry(registry);
        if (rulesDir != null) {
            if (!Files.isDirectory(rulesDir)) {
                throw new InputError(rulesDir + ": not a directory");
            }
            builder.ruleSetsFromDirectory(rulesDir);
        }
        return builder.build();
    }
}
