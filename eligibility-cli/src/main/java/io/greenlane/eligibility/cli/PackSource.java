package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Declaration packs named on the command line, read one at a time: JSON files, folders of them (sorted by
 * name), JSON-lines files ({@code .jsonl}/{@code .ndjson}, one pack per line) and {@code -} for JSON lines
 * on standard input. Reading a pack ({@link Pack#declaration()}) names its file (and line) when it is broken.
 */
final class PackSource implements Iterator<PackSource.Pack> {

    /**
     * One pack and where it came from ({@code file} or {@code file:line}); read on demand, so that a batch
     * can parse on worker threads.
     */
    record Pack(String name, String json, Path file) {

        /** Reads the pack; a broken one raises an input error naming this pack. */
        Declaration declaration() {
            if (file != null) {
                return read(file);
            }
            try {
                return Declaration.fromJson(json);
            } catch (InvalidInputException e) {
                throw new InputError(name + ": " + e.getMessage());
            }
        }
    }

    /** Reads one pack file; a broken or unreadable one raises an input error naming the file. */
    static Declaration read(Path file) {
        try {
            return Declaration.read(file);
        } catch (InvalidInputException e) {
            throw InputError.in(file, e);
        } catch (UncheckedIOException e) {
            throw InputError.in(file, e);
        }
    }

    private final List<Path> files = new ArrayList<>();
    private final InputStream stdin;
    private final List<Path> arguments;
    private int next;
    private BufferedReader lines;
    private String linesName;
    private int lineNo;
    private Pack pending;

    PackSource(List<Path> arguments, InputStream stdin) {
        this.stdin = stdin;
        this.arguments = List.copyOf(arguments);
        for (Path path : arguments) {
            if (isStdin(path)) {
                files.add(null);
                continue;
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(p -> isPackFile(p.getFileName().toString())).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InputError(path + ": " + InputError.ioProblem(e));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new InputError(path + ": no such file or folder");
            }
        }
    }

    private static boolean isPackFile(String name) {
        return name.endsWith(".json") || isLinesFile(name);
    }

    /** The sources as given, for messages: "samples, -". */
    String describe() {
        return String.join(", ", arguments.stream().map(Path::toString).toList());
    }

    /** Whether the arguments name exactly one ordinary pack file (the single-decision form of check). */
    static boolean isSinglePackFile(List<Path> arguments) {
        if (arguments.size() != 1 || isStdin(arguments.get(0))) {
            return false;
        }
        Path path = arguments.get(0);
        return !Files.isDirectory(path) && !isLinesFile(String.valueOf(path.getFileName()));
    }

    private static boolean isStdin(Path argument) {
        return argument.toString().equals("-");
    }

    private static boolean isLinesFile(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public Pack next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Pack pack = pending;
        pending = null;
        return pack;
    }

    private Pack advance() {
        try {
            while (true) {
                if (lines != null) {
                    String line = lines.readLine();
                    if (line != null) {
                        lineNo++;
                        if (line.isBlank()) {
                            continue;
                        }
                        return new Pack(linesName + ":" + lineNo, line, null);
                    }
                    lines.close();
                    lines = null;
                }
                if (next >= files.size()) {
                    return null;
                }
                Path file = files.get(next++);
                if (file == null || isLinesFile(file.getFileName().toString())) {
                    lines = new BufferedReader(new InputStreamReader(
                            file == null ? stdin : Files.newInputStream(file), StandardCharsets.UTF_8));
                    linesName = file == null ? "stdin" : file.toString();
                    lineNo = 0;
                    continue;
                }
                return new Pack(file.toString(), null, file);
            }
        } catch (IOException e) {
            throw new InputError(linesName + ": " + InputError.ioProblem(e));
        } catch (UncheckedIOException e) {
            throw new InputError(linesName + ": " + InputError.ioProblem(e.getCause()));
        }
    }
}
