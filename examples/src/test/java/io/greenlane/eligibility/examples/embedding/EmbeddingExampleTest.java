package io.greenlane.eligibility.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.LabRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    static final EmbeddingExample BOOKING =
            new EmbeddingExample(LabRegistry.read(Path.of("../samples/sample-lab-registry.csv")));

    @Test
    void greenLanePack_showsOutcomeOnly() {
        assertEquals("DEC-2026-000123: GREEN_LANE (rule set 2026-05-04)",
                BOOKING.precheck(Path.of("../samples/green-lane.json")));
    }

    @Test
    void manualReviewPack_listsRemedies() {
        String screen = BOOKING.precheck(Path.of("../samples/manual-review.json"));
        assertTrue(screen.startsWith("DEC-2026-000311: MANUAL_REVIEW"), screen);
        assertTrue(screen.contains("- SUBTEST_NOT_APPLICABLE: Expect an officer to confirm"), screen);
    }

    @Test
    void brokenPack_explainsWhere() {
        assertEquals("Cannot check missing-declaration-date.json: $.declarationDate: is required",
                BOOKING.precheck(Path.of("../samples/broken/missing-declaration-date.json")));
    }
}
