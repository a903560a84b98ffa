package io.greenlane.eligibility.cli.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped rule set, changed the way a careless or hostile author would change them. */
final class FaultRules {

    static final Path SHIPPED = Path.of("../eligibility-rules/src/main/resources/rule-sets/2026-05-04");

    private FaultRules() {
    }

    /** A folder holding a copy of the shipped rule set as {@code 2026-05-04/}; returns the folder. */
    static Path copyOfShipped(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("rules"));
        Path set = Files.createDirectories(folder.resolve("2026-05-04"));
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                Files.copy(file, set.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    /** Appends a rule that fires on every declaration and runs {@code consequence}. */
    static void addRule(Path folder, String name, String consequence) throws IOException {
        Path drl = folder.resolve("2026-05-04/outcome.drl");
        Files.writeString(drl, Files.readString(drl) + "\nrule \"" + name + "\"\nwhen\n    eval(true)\nthen\n    "
                + consequence + "\nend\n");
    }

    static Path manifest(Path folder) {
        return folder.resolve("2026-05-04/manifest.json");
    }
}
