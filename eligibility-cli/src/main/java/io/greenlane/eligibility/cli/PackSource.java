package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.InputLimits;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.JsonLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packs named on the command line, one entry at a time: JSON files, folders of them (their {@code *.json},
 * {@code *.jsonl} and {@code *.ndjson} entries, by name), JSON-lines files (one pack per line) and {@code -} for
 * JSON lines on standard input. Arguments are opened as the run reaches them, and anything that cannot be read
 * (a missing file, a folder named like a pack, a loop of symbolic links, a device or FIFO inside a folder, a
 * line over the size limit, {@code -} given twice) becomes an entry that says so, in its place: one bad entry
 * never ends a batch. Every byte is read through a limit: a file by the pack reader, a line by the API's {@link JsonLines}.
 */
final class PackSource {

    /**
     * One entry and where it came from ({@code file} or {@code file:line}): a file to read, a line's bytes, or
     * why it cannot be read; read on demand, so that a batch can parse on worker threads.
     *
     * @param cost the bytes the entry may take in memory while it is read, for the batch's memory budget
     */
    record Entry(String name, Path file, byte[] line, String error, long cost) {

        /** Reads the pack; a broken one raises an input error naming this entry. */
        Declaration declaration() {
            if (error != null) {
                throw new InputError(error);
            }
            if (file != null) {
                return read(file);
            }
            try {
                return Declaration.read(new ByteArrayInputStream(line));
            } catch (InvalidInputException e) {
                throw new InputError(name + ": " + e.getMessage());
            } catch (IOException e) {
                throw new InputError(name + ": " + InputError.ioProblem(e));
            }
        }
    }

    /** Reads one pack file (or device, or FIFO) through the pack size limit; a broken one names the file. */
    static Declaration read(Path file) {
        try {
            return Declaration.read(file);
        } catch (InvalidInputException e) {
            throw InputError.in(file, e);
        }
    }

    private final Deque<Path> explicit;
    private final Deque<Path> inFolder = new ArrayDeque<>();
    private final List<Path> arguments;
    private final InputStream stdin;
    private boolean stdinTaken;
    private JsonLines lines;
    private InputStream linesStream;
    private String linesName;

    PackSource(List<Path> arguments, InputStream stdin) {
        this.arguments = List.copyOf(arguments);
        this.explicit = new ArrayDeque<>(arguments);
        this.stdin = stdin;
    }

    /** The sources as given, for messages: "samples, -". */
    String describe() {
        return String.join(", ", arguments.stream().map(Path::toString).toList());
    }

    /** Whether the arguments name exactly one pack file (the single-decision form of check). */
    static boolean isSinglePackFile(List<Path> arguments) {
        if (arguments.size() != 1 || isStdin(arguments.get(0))) {
            return false;
        }
        Path path = arguments.get(0);
        return !Files.isDirectory(path) && !isLinesFile(path);
    }

    private static boolean isStdin(Path argument) {
        return argument.toString().equals("-");
    }

    private static boolean isLinesFile(Path path) {
        String name = String.valueOf(path.getFileName());
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static boolean isPackFile(Path path) {
        return String.valueOf(path.getFileName()).endsWith(".json") || isLinesFile(path);
    }

    /**
     * Whether the next entry is a JSON line already read or readable without waiting; false where it could block (a
     * pipe with no data yet) or comes from another file.
     */
    boolean ready() {
        try {
            return lines != null && lines.ready();
        } catch (IOException e) {
            return false; // next() meets the same problem and reports it
        }
    }

    /** The next entry, or null when every argument has been read; blocks while a pipe or stdin has no data. */
    Entry next() {
        while (true) {
            if (lines != null) {
                Entry line = nextLine();
                if (line != null) {
                    return line;
                }
                continue;
            }
            Path path;
            boolean fromFolder = !inFolder.isEmpty();
            if (fromFolder) {
                path = inFolder.poll();
            } else if (!explicit.isEmpty()) {
                path = explicit.poll();
            } else {
                return null;
            }
            Entry entry = open(path, fromFolder);
            if (entry != null) {
                return entry;
            }
        }
    }

    /** An entry for a file, or null when the path opened lines or a folder to read next. */
    private Entry open(Path path, boolean fromFolder) {
        String name = path.toString();
        if (!fromFolder && isStdin(path)) {
            if (stdinTaken) {
                return failed(name, "standard input is already read by an earlier \"-\"; give - once");
            }
            stdinTaken = true;
            startLines(stdin, "stdin");
            return null;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return failed(name, Files.isSymbolicLink(path) ? "no such file (a symbolic link to nothing)"
                    : fromFolder ? "no such file" : "no such file or folder");
        } catch (IOException e) {
            return failed(name, problem(e));
        }
        if (attributes.isDirectory()) {
            if (fromFolder) {
                return failed(name, "is a folder, not a file");
            }
            try (Stream<Path> list = Files.list(path)) {
                list.filter(PackSource::isPackFile).sorted().forEach(inFolder::add);
            } catch (IOException e) {
                return failed(name, problem(e));
            } catch (UncheckedIOException e) {
                return failed(name, problem(e.getCause()));
            }
            return inFolder.isEmpty() ? failed(name, "the folder holds no packs (*.json, *.jsonl, *.ndjson)") : null;
        }
        if (!attributes.isRegularFile() && fromFolder) {
            // A FIFO would block the batch until someone writes to it, a device may never end: named on the
            // command line they are read (through the limit), found in a folder they are refused.
            return failed(name, "not a regular file (a device, FIFO or socket); only regular files are read "
                    + "from a folder");
        }
        if (isLinesFile(path)) {
            try {
                startLines(Files.newInputStream(path), name);
            } catch (IOException e) {
                return failed(name, problem(e));
            }
            return null;
        }
        long cost = attributes.isRegularFile() ? Math.min(attributes.size(), InputLimits.MAX_PACK_BYTES)
                : InputLimits.MAX_PACK_BYTES;
        return new Entry(name, path, null, null, cost);
    }

    private void startLines(InputStream in, String name) {
        lines = new JsonLines(in, InputLimits.MAX_LINE_BYTES);
        linesStream = in;
        linesName = name;
    }

    /** The next pack line of the open JSON-lines source, or null when it has ended (it is then closed). */
    private Entry nextLine() {
        JsonLines.Line line;
        try {
            while ((line = lines.next()) != null) {
                String name = linesName + ":" + line.number();
                if (line.overLimit()) {
                    return failed(name, "$: the pack is over the limit of " + InputLimits.MAX_LINE_BYTES
                            + " bytes (16 MiB)");
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.number() > 1 && startsWithByteOrderMark(line.bytes())) {
                    return failed(name, "$: a byte-order mark is allowed only at the start of the input, not on "
                            + "line " + line.number());
                }
                return new Entry(name, null, line.bytes(), null, line.bytes().length);
            }
        } catch (IOException e) {
            String name = linesName;
            endLines();
            return failed(name, problem(e));
        }
        endLines();
        return null;
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private void endLines() {
        if (linesStream != stdin) {
            try {
                linesStream.close();
            } catch (IOException e) {
                // Read to its end already; nothing was lost.
            }
        }
        lines = null;
        linesStream = null;
        linesName = null;
    }

    private static Entry failed(String name, String problem) {
        return new Entry(name, null, null, name + ": " + problem, 0);
    }

    /** An I/O failure in plain words; a loop of symbolic links is called that. */
    private static String problem(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().contains("symbolic links")) {
            return "a loop of symbolic links";
        }
        return InputError.ioProblem(e);
    }
}
