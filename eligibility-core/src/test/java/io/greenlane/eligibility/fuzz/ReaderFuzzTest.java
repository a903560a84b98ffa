package io.greenlane.eligibility.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.TestReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Coverage-guided fuzzing of the readers of untrusted input: the pack reader (from bytes and from text), the
 * report reader and the lab registry reader. Whatever the bytes, a reader returns a value or throws
 * {@link InvalidInputException}; anything else (another exception, an error, a hang) is a finding. A pack that
 * reads also writes back to JSON that reads as the same declaration.
 *
 * <p>The first byte picks the reader, the rest is its input. In the default build this fuzzes for a bounded time
 * (its own surefire execution sets {@code JAZZER_FUZZ}); {@code docs/fuzzing.md} gives the longer run, and every
 * finding becomes a case in {@link ReaderRegressionTest}. The seeds in {@code ReaderFuzzTestInputs/} are the
 * samples, one per reader.
 */
public class ReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"\"declarationId\"", "\"declarationDate\"", "\"terminal\"", "\"lines\"", "\"reports\"",
        "\"sku\"", "\"description\"", "\"hsCode\"", "\"category\"", "\"containsBatteries\"", "\"reportNumber\"",
        "\"issuer\"", "\"labId\"", "\"standard\"", "\"issueDate\"", "\"skus\"", "\"results\"", "\"resultsBySku\"",
        "\"amends\"", "\"THIRD_PARTY_LAB\"", "\"FIREWALLED_LAB\"", "\"HEAVY_METALS\"", "\"SMALL_PARTS\"",
        "\"BATTERY_COMPARTMENT_STRENGTH\"", "\"PASS\"", "\"FAIL\"", "\"NOT_APPLICABLE\"", "\"2026-06-15\"",
        "lab_id", "lab_type", "accredited_for", "valid_from", "valid_until", "status_since", "ACTIVE", "SUSPENDED",
        "WITHDRAWN", "THIRD_PARTY", "FIREWALLED", "2025-01-01"})
    void readers_returnOrThrowOnlyInvalidInput(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
        try {
            switch (input[0] & 3) {
                case 0 -> roundTrips(Declaration.read(new ByteArrayInputStream(bytes)));
                case 1 -> roundTrips(Declaration.fromJson(new String(bytes, StandardCharsets.UTF_8)));
                case 2 -> LabRegistry.read(new ByteArrayInputStream(bytes));
                default -> TestReport.listFromJson(new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (InvalidInputException expected) {
            // The one documented way to refuse input.
        }
    }

    /** The same target for Jazzer's standalone driver, for long runs (docs/fuzzing.md). */
    public static void fuzzerTestOneInput(byte[] input) throws IOException {
        new ReaderFuzzTest().readers_returnOrThrowOnlyInvalidInput(input);
    }

    /** A pack that reads writes back to JSON that reads as the same declaration. */
    static void roundTrips(Declaration declaration) {
        assertEquals(declaration, Declaration.fromJson(declaration.toJson()));
    }
}
