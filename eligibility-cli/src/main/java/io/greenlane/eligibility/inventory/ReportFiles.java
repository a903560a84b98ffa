package io.greenlane.eligibility.inventory;

import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.TestReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the test reports on file, in the pack format's report objects (those of a pack's {@code reports}): one JSON
 * file holding an array of reports (or one report), or a folder of {@code *.json} files, each holding one
 * report or an array of them, read in file-name order. Each file is read by the library's own report reader
 * ({@link TestReport#read(Path)}); this class adds what an inventory needs on top: many files, report numbers
 * unique across them, no cycle of addenda. Every problem is an {@link InvalidInputException} located as
 * {@code FILE: JSON-PATH}, e.g.
 * {@code reports/NB-1.json: $.issueDate: "2026-02-30" is not a date}.
 */
public final class ReportFiles {

    static final int MAX_REPORTS = 10_000;

    private final List<TestReport> reports = new ArrayList<>();
    private final Map<String, String> firstSeen = new HashMap<>();
    private final Map<String, String> where = new HashMap<>();

    private ReportFiles() {
    }

    /**
     * Reads the reports in a JSON file or a folder of them. Report numbers must be unique across all files,
     * and addenda ({@code amends}) must not form a cycle.
     */
    public static List<TestReport> read(Path fileOrFolder) {
        ReportFiles reader = new ReportFiles();
        String source = fileOrFolder.toString();
        if (Files.isDirectory(fileOrFolder)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(fileOrFolder)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                        .sorted().toList();
            } catch (IOException e) {
                throw new InvalidInputException(source, ioProblem(e));
            }
            if (files.isEmpty()) {
                throw new InvalidInputException(source, "the folder holds no *.json report files");
            }
            for (Path file : files) {
                reader.add(file.toString(), readFile(file), isArray(file));
            }
        } else if (Files.isRegularFile(fileOrFolder)) {
            reader.add(source, readFile(fileOrFolder), isArray(fileOrFolder));
        } else {
            throw new InvalidInputException(source, "no such file or folder");
        }
        return reader.finish();
    }

    /**
     * Reads reports from JSON text (an array of reports, or one report); {@code source} names it in error
     * messages.
     */
    public static List<TestReport> parse(String json, String source) {
        ReportFiles reader = new ReportFiles();
        List<TestReport> reports;
        try {
            reports = TestReport.listFromJson(json);
        } catch (InvalidInputException e) {
            throw located(source, e);
        }
        reader.add(source, reports, json.stripLeading().startsWith("["));
        return reader.finish();
    }

    private void add(String source, List<TestReport> more, boolean array) {
        if (reports.size() + more.size() > MAX_REPORTS) {
            throw new InvalidInputException(source + ": $", "over the limit of " + MAX_REPORTS + " reports");
        }
        for (int i = 0; i < more.size(); i++) {
            TestReport report = more.get(i);
            String here = source + ": " + (array ? "$[" + i + "]" : "$");
            String first = firstSeen.putIfAbsent(report.reportNumber(), here);
            if (first != null) {
                throw new InvalidInputException(here + ".reportNumber", "duplicate report number \""
                        + report.reportNumber() + "\" (already in " + first + ")");
            }
            where.put(report.reportNumber(), here);
            reports.add(report);
        }
    }

    private List<TestReport> finish() {
        List<String> cycle = Inventory.addendaCycle(reports);
        if (cycle != null) {
            throw new InvalidInputException(where.get(cycle.get(0)) + ".amends",
                    "addenda form a cycle: " + String.join(" amends ", cycle));
        }
        return List.copyOf(reports);
    }

    private static List<TestReport> readFile(Path file) {
        try {
            return TestReport.read(file);
        } catch (InvalidInputException e) {
            throw located(file.toString(), e);
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(file.toString(), ioProblem(e.getCause()));
        }
    }

    /** Whether a report file holds an array (its first non-blank character is '['), for locations. */
    private static boolean isArray(Path file) {
        try (var in = Files.newBufferedReader(file)) {
            int c;
            while ((c = in.read()) != -1) {
                if (!Character.isWhitespace(c) && c != '\uFEFF') {
                    return c == '[';
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The reader's problem, located in {@code source}: "FILE: $.issueDate", "FILE: line 3, column 5". */
    private static InvalidInputException located(String source, InvalidInputException e) {
        // A reader that already names the file (e.g. "FILE: no such file") is not prefixed twice.
        return e.location().startsWith(source) ? e : new InvalidInputException(source + ": " + e.location(), e.problem());
    }

    private static String ioProblem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }
}
