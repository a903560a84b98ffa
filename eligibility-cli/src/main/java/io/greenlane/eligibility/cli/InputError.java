package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Input that cannot be read, named by file and field (or line and column): exit code 2, one line. */
final class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputError(String message) {
        super(message);
    }

    /** The reader's problem, prefixed with the file unless the reader already named it. */
    static InputError in(Path file, InvalidInputException e) {
        String name = file.toString();
        return new InputError(e.getMessage().startsWith(name) ? e.getMessage() : name + ": " + e.getMessage());
    }

    /** An I/O failure in a few plain words: "no such file", "permission denied", or what the system said. */
    static String ioProblem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return "cannot be read (" + fs.getReason() + ")";
        }
        return "cannot be read (" + e.getMessage() + ")";
    }
}
