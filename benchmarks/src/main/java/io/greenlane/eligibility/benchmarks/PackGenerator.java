package io.greenlane.eligibility.benchmarks;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LabStatus;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Realistic declarations for benchmarks: STEM toy lines with one or two reports each, and a mix of
 * outcomes per pack (about 60% green lane, 20% manual review, 20% standard inspection), from a fixed seed.
 */
public final class PackGenerator {

    /** The registry the generated packs' labs are in. */
    public static final LabRegistry REGISTRY = new LabRegistry(List.of(
            new Lab("LAB-001", "Example Testing Co. Ningbo", "CNAS", List.of("ASTM F963-23", "EN 71-1"),
                    LocalDate.parse("2025-01-01"), LocalDate.parse("2027-12-31"), LabStatus.ACTIVE),
            new Lab("LAB-002", "Example Toy Safety Lab Shanghai", "CNAS", List.of("ASTM F963-23"),
                    LocalDate.parse("2024-06-01"), null, LabStatus.ACTIVE),
            new Lab("LAB-006", "Example in-house lab (firewalled)", "CNAS", List.of("ASTM F963-23"),
                    LocalDate.parse("2025-01-01"), LocalDate.parse("2027-12-31"), LabStatus.ACTIVE)));

    private static final String[] TERMINALS = {"BEILUN", "Chuanshan", "meishan"};

    private final SplittableRandom random;

    public PackGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A declaration of {@code lines} lines; {@code index} makes its id unique. */
    public Declaration next(int index, int lines) {
        int kind = random.nextInt(10);
        int troubled = random.nextInt(lines);
        LocalDate date = LocalDate.parse("2026-06-01").plusDays(random.nextInt(180));
        List<ProductLine> productLines = new ArrayList<>(lines);
        List<TestReport> reports = new ArrayList<>(lines * 2);
        for (int i = 0; i < lines; i++) {
            String sku = "SKU-" + index + "-" + i;
            boolean twoReports = random.nextInt(4) == 0;
            String chem = "R-" + index + "-" + i + "-A";
            String mech = "R-" + index + "-" + i + "-B";
            productLines.add(new ProductLine(sku, "STEM kit " + i, "9503008900", "STEM_EDUCATIONAL_TOY", true,
                    twoReports ? List.of(chem, mech) : List.of(chem)));
            Issuer issuer = Issuer.THIRD_PARTY_LAB;
            String lab = random.nextBoolean() ? "LAB-001" : "LAB-002";
            SubTestResult battery = SubTestResult.PASS;
            if (i == troubled && kind >= 6) {
                if (kind < 8) {
                    issuer = Issuer.FIREWALLED_LAB;
                    lab = "LAB-006";
                } else {
                    battery = kind == 8 ? SubTestResult.FAIL : SubTestResult.NOT_TESTED;
                }
            }
            LocalDate issued = date.minusDays(10 + random.nextInt(300));
            if (twoReports) {
                reports.add(report(chem, issuer, lab, issued, sku, Map.of(SubTest.HEAVY_METALS, SubTestResult.PASS)));
                reports.add(report(mech, issuer, lab, issued, sku, Map.of(SubTest.SMALL_PARTS, SubTestResult.PASS,
                        SubTest.BATTERY_COMPARTMENT_STRENGTH, battery)));
            } else {
                Map<SubTest, SubTestResult> all = new EnumMap<>(SubTest.class);
                all.put(SubTest.HEAVY_METALS, SubTestResult.PASS);
                all.put(SubTest.SMALL_PARTS, SubTestResult.PASS);
                all.put(SubTest.BATTERY_COMPARTMENT_STRENGTH, battery);
                reports.add(report(chem, issuer, lab, issued, sku, all));
            }
        }
        return new Declaration("DEC-" + index, date, TERMINALS[index % TERMINALS.length], productLines, reports);
    }

    private static TestReport report(String number, Issuer issuer, String lab, LocalDate issued, String sku,
                                     Map<SubTest, SubTestResult> results) {
        return new TestReport(number, issuer, lab, "ASTM F963-23", issued, List.of(sku), results, null);
    }

    /**
     * Writes {@code count} declarations of {@code lines} lines as JSON lines, for batch runs:
     * {@code java -cp … PackGenerator OUT.jsonl COUNT [LINES]} ({@code -} for stdout).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PackGenerator OUT.jsonl|- COUNT [LINES]");
            System.exit(2);
        }
        long count = Long.parseLong(args[1]);
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        PackGenerator generator = new PackGenerator(42);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                args[0].equals("-") ? System.out : Files.newOutputStream(Path.of(args[0])), StandardCharsets.UTF_8),
                1 << 16)) {
            for (long i = 0; i < count; i++) {
                out.write(generator.next((int) i, lines).toJson());
                out.write('\n');
            }
        }
    }
}
