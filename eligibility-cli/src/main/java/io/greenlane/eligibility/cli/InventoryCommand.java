package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.PlainText;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.inventory.Inventory;
import io.greenlane.eligibility.inventory.InventoryHtml;
import io.greenlane.eligibility.inventory.InventoryJson;
import io.greenlane.eligibility.inventory.InventoryReport;
import io.greenlane.eligibility.inventory.InventoryTable;
import io.greenlane.eligibility.inventory.ReportFiles;
import io.greenlane.eligibility.inventory.Sku;
import io.greenlane.eligibility.inventory.SkuCsv;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eligibility inventory --reports REPORTS --skus SKUS.csv ...}: the exporter's report inventory, taken by
 * the {@code inventory} package and printed as tables, JSON or an HTML page.
 */
@Command(name = "inventory", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
        description = "The exporter's report inventory: for every SKU, whether the reports on file make it "
                + "green-lane ready on --as-of, why not and what to ask which lab for; reports expiring within "
                + "--warn-days and the SKUs that lose readiness with them; counts per family.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every SKU ready (expiring SKUs are ready)",
            "3:some SKUs not ready, all of them for manual review",
            "4:some SKU would go to standard inspection",
            "2:a usage or input error: one line naming the file and field or line and column",
            "5:output that could not be written (standard output closed or full, a file that failed)",
            "130:stopped by SIGINT, 143 by SIGTERM (several packs: after the line being written and a summary)",
            "1:an internal error (please report it)"})
final class InventoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", required = true, paramLabel = "REPORTS",
            description = "The reports on file: a JSON file holding an array of reports (the objects of a pack's "
                    + "\"reports\") or one report, or a folder of *.json report files.")
    Path reports;

    @Option(names = "--skus", required = true, paramLabel = "SKUS.csv",
            description = "The SKU list: a CSV with the header sku,family,description,hs_code,category,"
                    + "contains_batteries (any order; # comments and blank lines skipped).")
    Path skus;

    @Mixin
    LabsOption labs;

    @Mixin
    RulesDirOption rulesDir;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date readiness is judged on (default: today's date; give it for results you want "
                    + "to reproduce).")
    LocalDate asOf;

    @Option(names = "--terminal", paramLabel = "T", defaultValue = Inventory.DEFAULT_TERMINAL,
            description = "The terminal of declaration (default: ${DEFAULT-VALUE}).")
    String terminal;

    @Option(names = "--warn-days", paramLabel = "N", converter = WarnDays.class,
            defaultValue = "" + Inventory.DEFAULT_WARN_DAYS,
            description = "How many days ahead to look for expiring reports, 0 to " + Inventory.MAX_WARN_DAYS
                    + " (default: ${DEFAULT-VALUE}).")
    int warnDays;

    @Option(names = "--json", description = "Print the inventory as one JSON document instead of tables.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report to FILE.")
    Path html;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        requireNonEmpty(reports, "--reports");
        requireNonEmpty(skus, "--skus");
        if (terminal.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--terminal must not be empty");
        }
        if (html != null) {
            requireNonEmpty(html, "--html");
            Path folder = html.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                // Said before any work is done; a write that fails later is an output failure (exit 5).
                throw new InputError(html + ": cannot write the HTML report: no such folder");
            }
        }
        LocalDate date = asOf == null ? LocalDate.now() : asOf;

        List<Sku> skuList;
        List<TestReport> reportList;
        try {
            skuList = SkuCsv.read(skus);
            reportList = ReportFiles.read(reports);
        } catch (InvalidInputException e) {
            throw new InputError(e.getMessage());
        }
        LabRegistry registry = labs.registry(err);
        EligibilityEngine engine = rulesDir.engine(registry);
        InventoryReport inventory = Inventory.take(engine, registry, reportList, skuList, date, terminal.strip(),
                warnDays);

        if (html != null) {
            write(html, InventoryHtml.render(inventory));
        }
        if (json) {
            out.println(InventoryJson.write(inventory));
        } else {
            new InventoryTable(out).print(inventory);
        }
        if (html != null) {
            err.println("wrote the HTML report to " + PlainText.escape(html.toString()));
        }
        return ExitCodes.of(inventory.outcome());
    }

    private void requireNonEmpty(Path path, String option) {
        if (path.toString().isBlank()) {
            throw new ParameterException(spec.commandLine(), option + " must not be empty");
        }
    }

    /**
     * Writes the page whole or not at all: to a regular file (or a new one) through a temporary file beside it,
     * moved into place, so a full disk leaves the old file, never half a page; to anything else (a device, a
     * FIFO) directly. A failure is an output failure (exit 5), whatever the inventory found.
     */
    private static void write(Path file, String page) {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        Path temporary = null;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                if (Files.isDirectory(file)) {
                    throw new OutputFailure("cannot write the HTML report to " + file + ": is a folder");
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    out.write(bytes);
                }
                return;
            }
            Path folder = file.toAbsolutePath().getParent();
            temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (NoSuchFileException e) {
            throw new OutputFailure("cannot write the HTML report to " + file + ": no such folder");
        } catch (IOException e) {
            throw new OutputFailure("cannot write the HTML report to " + file + ": "
                    + LineOutput.describe(e).replace("standard output is closed", "the reader closed it"));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // The failure that brought us here is what the run reports.
                }
            }
        }
    }

    /** {@code --warn-days}: a whole number of days in the range the inventory accepts. */
    static final class WarnDays implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                int days = Integer.parseInt(text.strip());
                if (days >= 0 && days <= Inventory.MAX_WARN_DAYS) {
                    return days;
                }
            } catch (NumberFormatException e) {
                // worded below
            }
            throw new TypeConversionException("\"" + text + "\" is not a whole number of days from 0 to "
                    + Inventory.MAX_WARN_DAYS);
        }
    }
}
