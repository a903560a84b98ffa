package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --labs}: the one definition of the operator's lab registry option, mixed into every command that decides. */
final class LabsOption {

    /** The sample registry of fictional labs in the jar: the default, and said to be one whenever it is used. */
    static final String SAMPLE_REGISTRY = "samples/sample-lab-registry.csv";

    @Option(names = "--labs", paramLabel = "REGISTRY.csv",
            description = "The operator's lab registry (CSV). Default: the bundled SAMPLE registry of fictional "
                    + "example labs, fine for trying the tool, wrong for real declarations.")
    Path labs;

    /** The registry named by {@code --labs}, or the bundled sample one, saying so on {@code err}. */
    LabRegistry registry(PrintWriter err) {
        if (labs == null) {
            err.println("note: no --labs given; using the bundled SAMPLE lab registry (fictional example labs)");
            err.flush();
            try (InputStream in = LabsOption.class.getClassLoader().getResourceAsStream(SAMPLE_REGISTRY)) {
                if (in == null) {
                    throw new InputError("the bundled sample lab registry is missing; pass --labs REGISTRY.csv");
                }
                return LabRegistry.read(in);
            } catch (InvalidInputException e) {
                throw new InputError("the bundled sample lab registry: " + e.getMessage());
            } catch (IOException e) {
                throw new InputError("cannot read the bundled sample lab registry: " + e.getMessage());
            }
        }
        try {
            // Read through the registry's byte limit, whatever the file is (a device or FIFO too).
            return LabRegistry.read(labs);
        } catch (InvalidInputException e) {
            throw InputError.in(labs, e);
        }
    }
}
