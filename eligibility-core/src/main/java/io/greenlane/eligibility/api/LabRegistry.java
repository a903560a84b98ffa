package io.greenlane.eligibility.api;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's registry of laboratories: trusted data that never comes from a declaration pack.
 *
 * @param labs the laboratories, each lab id at most once
 */
public record LabRegistry(List<Lab> labs) {
    public LabRegistry {
        labs = Checks.list(labs, "labs");
        Set<String> seen = new HashSet<>();
        for (Lab lab : labs) {
            if (!seen.add(lab.labId())) {
                throw new IllegalArgumentException("labs: lab id " + lab.labId() + " appears twice");
            }
        }
    }

    /** A registry with no laboratories: every lab-issued report is then unrecognised. */
    public static LabRegistry empty() {
        return new LabRegistry(List.of());
    }

    /**
     * Reads a registry CSV file (strict UTF-8, at most 16 MiB): a header row naming the columns
     * {@code lab_id,name,accreditation_body,accredited_for,valid_from,valid_until,status} and optionally
     * {@code lab_type,status_since}, in any order; lines starting with {@code #} are comments.
     *
     * @throws InvalidInputException naming the line and column of the first problem, or the file when it
     *                               cannot be read ("no such file")
     */
    public static LabRegistry read(Path csv) {
        return RegistryFormat.read(csv);
    }

    /**
     * Reads a registry CSV from a stream (same format and limits as {@link #read(Path)}); the stream is not closed.
     *
     * @throws InvalidInputException naming the line and column of the first problem
     * @throws java.io.IOException when the stream cannot be read
     */
    public static LabRegistry read(java.io.InputStream in) throws java.io.IOException {
        return RegistryFormat.read(in);
    }

    /**
     * Reads registry CSV text (same format as {@link #read(Path)}).
     *
     * @throws InvalidInputException naming the line and column of the first problem
     */
    public static LabRegistry fromCsv(String csv) {
        return RegistryFormat.parse(csv);
    }

    /** The laboratory with this id, if registered. */
    public Optional<Lab> find(String labId) {
        for (Lab lab : labs) {
            if (lab.labId().equals(labId)) {
                return Optional.of(lab);
            }
        }
        return Optional.empty();
    }
}
