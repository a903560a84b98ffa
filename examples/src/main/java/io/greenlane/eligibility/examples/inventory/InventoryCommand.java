package io.greenlane.eligibility.examples.inventory;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.examples.cli.Arguments;
import io.greenlane.eligibility.examples.cli.EligibilityCli;
import io.greenlane.eligibility.examples.cli.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code eligibility inventory --reports REPORTS --skus SKUS.csv [--labs REGISTRY.csv] [--as-of DATE]
 * [--terminal T] [--warn-days N] [--json] [--html FILE]}: the exporter's report inventory.
 *
 * <p>Exit codes: 0 every SKU ready; 3 some SKUs not ready, all of them for manual review; 4 some SKU would go
 * to standard inspection; 2 a usage or input error (one line naming the file and field or line and column).
 * SKUs that are ready but expiring do not change the exit code: they are ready on the inventory date.
 */
public final class InventoryCommand {

    /** The usage lines, for the CLI's help. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "inventory     the exporter's report inventory: for every SKU, whether the reports on file make it",
            "              green-lane ready on --as-of, why not and what to ask which lab for; reports expiring",
            "              within --warn-days and the SKUs that lose readiness with them; counts per family.",
            "              Exit 0 every SKU ready, 3 some not ready (manual review only), 4 some SKU would go to",
            "              standard inspection, 2 bad usage or input",
            "  --reports   a JSON array of reports (SPEC's report format) or a folder of *.json report files",
            "  --skus      a CSV: sku,family,description,hs_code,category,contains_batteries",
            "  --labs      the operator's lab registry CSV (default: the bundled SAMPLE registry of example labs)",
            "  --as-of     the date readiness is judged on (default: today's date)",
            "  --terminal  the terminal of declaration (default: " + Inventory.DEFAULT_TERMINAL + ")",
            "  --warn-days how many days ahead to look for expiring reports (default: " + Inventory.DEFAULT_WARN_DAYS
                    + ")",
            "  --json      print the inventory as JSON instead of tables",
            "  --html FILE also write a self-contained HTML report to FILE");

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, LabRegistry> registry;
    private final Clock clock;

    /**
     * A command printing to {@code out} and {@code err}, reading the lab registry through {@code registry} (given
     * the {@code --labs} value, or null for the bundled sample registry), as {@code check} does.
     */
    public InventoryCommand(PrintStream out, PrintStream err, Function<String, LabRegistry> registry) {
        this(out, err, registry, Clock.systemDefaultZone());
    }

    InventoryCommand(PrintStream out, PrintStream err, Function<String, LabRegistry> registry, Clock clock) {
        this.out = out;
        this.err = err;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Runs the command on the words after {@code inventory} and returns the exit code.
     *
     * @throws UsageException on a command line that cannot be carried out
     * @throws EligibilityCli.InputError on input that cannot be read, naming the file and where in it
     */
    public int run(List<String> words) {
        Arguments args = Arguments.parse(words, Set.of("--json"), Set.of("--reports", "--skus", "--labs", "--as-of",
                "--terminal", "--warn-days", "--html"));
        if (!args.positional.isEmpty()) {
            throw new UsageException("inventory takes options only; unexpected \"" + args.positional.get(0) + "\"");
        }
        String reportsArg = required(args, "--reports");
        String skusArg = required(args, "--skus");
        LocalDate asOf = asOf(args.option("--as-of"));
        String terminal = args.option("--terminal") == null ? Inventory.DEFAULT_TERMINAL : args.option("--terminal").trim();
        if (terminal.isEmpty()) {
            throw new UsageException("--terminal must not be empty");
        }
        int warnDays = warnDays(args.option("--warn-days"));
        Path html = args.option("--html") == null ? null : Path.of(args.option("--html"));

        List<Sku> skus;
        List<TestReport> reports;
        try {
            skus = SkuCsv.read(Path.of(skusArg));
            reports = ReportFiles.read(Path.of(reportsArg));
        } catch (InvalidInputException e) {
            throw new EligibilityCli.InputError(e.getMessage());
        }
        LabRegistry labs = registry.apply(args.option("--labs"));
        EligibilityEngine engine = EligibilityEngine.builder().labRegistry(labs).build();
        InventoryReport report = Inventory.take(engine, labs, reports, skus, asOf, terminal, warnDays);

        if (html != null) {
            write(html, InventoryHtml.render(report));
        }
        if (args.flag("--json")) {
            out.println(InventoryJson.write(report));
        } else {
            new InventoryTable(out).print(report);
        }
        if (html != null) {
            err.println("wrote the HTML report to " + html);
        }
        return exitCode(report);
    }

    /** 0 when every SKU is ready, 4 when any would go to standard inspection, otherwise 3. */
    public static int exitCode(InventoryReport report) {
        if (report.summary().standardInspection() > 0) {
            return 4;
        }
        return report.summary().manualReview() > 0 ? 3 : 0;
    }

    private static String required(Arguments args, String option) {
        String value = args.option(option);
        if (value == null) {
            throw new UsageException("inventory needs " + option + " (usage: eligibility inventory --reports REPORTS "
                    + "--skus SKUS.csv [--labs REGISTRY.csv] [--as-of DATE] [--terminal T] [--warn-days N] [--json] "
                    + "[--html FILE])");
        }
        if (value.isBlank()) {
            throw new UsageException(option + " must not be empty");
        }
        return value;
    }

    private LocalDate asOf(String text) {
        if (text == null) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of \"" + text + "\" is not a date; expected an ISO-8601 date such as 2026-09-01");
        }
    }

    private static int warnDays(String text) {
        if (text == null) {
            return Inventory.DEFAULT_WARN_DAYS;
        }
        try {
            int days = Integer.parseInt(text.trim());
            if (days >= 0 && days <= Inventory.MAX_WARN_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--warn-days \"" + text + "\" is not a whole number of days from 0 to "
                + Inventory.MAX_WARN_DAYS);
    }

    private static void write(Path file, String html) {
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new EligibilityCli.InputError(file + ": cannot write the HTML report: no such folder");
        } catch (IOException e) {
            throw new EligibilityCli.InputError(file + ": cannot write the HTML report ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}
