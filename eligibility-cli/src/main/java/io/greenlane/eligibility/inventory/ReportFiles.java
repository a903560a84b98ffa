package io.greenlane.eligibility.inventory;

import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.TestReport;
import java.io.IOException;
import java.io.InputStream;
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
                List<TestReport> reports = readFile(file);
                reader.add(file.toString(), reports, isArray(file, reports));
            }
        } else if (Files.exists(fileOrFolder)) {
            // A device or FIFO too: the report reader reads through its byte limit.
            List<TestReport> reports = readFile(fileOrFolder);
            reader.add(source, reports, isArray(fileOrFolder, reports));
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
        TestReport.checkAddenda(reports, i -> where.get(reports.get(i).reportNumber()));
        return List.copyOf(reports);
    }

    private static List<TestReport> readFile(Path file) {
        try {
            return TestReport.read(file);
        } catch (InvalidInputException e) {
            throw located(file.toString(), e);
        }
    }

    /**
     * Whether a report file held an array, for locations ({@code $[0]} or {@code $}): certain unless it held one
     * report; then the first non-blank byte of a regular file tells (a FIFO cannot be read twice: {@code $}).
     */
    private static boolean isArray(Path file, List<TestReport> reports) {
        if (reports.size() != 1) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4096);
            for (int i = 0; i < start.length; i++) {
                int c = start[i] & 0xff;
                if (c == 0xEF && i == 0 && start.length >= 3) {
                    i += 2; // a byte-order mark
                } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
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
