package io.greenlane.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.RuleSetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading several rule sets from a folder: what an author sees when the catalogue is wrong, and dates past its end. */
class RuleSetCatalogueTest {

    static final Declaration SPEC_EXAMPLE = Declaration.fromJson(ShippedRuleSetTest.SPEC_EXAMPLE);

    /** A copy of the shipped rule set in {@code root/folder}, with its manifest edited. */
    static void ruleSet(Path root, String folder, String id, String from, String until) throws IOException {
        Path copied = HotSwapTest.copy(Files.createDirectories(root.resolve("tmp-" + folder)), false)
                .resolve("2026-05-04");
        Path target = root.resolve(folder);
        Files.move(copied, target);
        Path manifest = target.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest)
                .replace("\"id\": \"2026-05-04\"", "\"id\": \"" + id + "\"")
                .replace("\"inForceFrom\": \"2026-05-04\"", "\"inForceFrom\": \"" + from + "\"")
                // the shipped rule set may have been ended since: whatever its end, this copy ends on `until`
                .replaceFirst("\"inForceUntil\": *(null|\"[^\"]*\")",
                        "\"inForceUntil\": " + (until == null ? "null" : "\"" + until + "\"")));
        Files.delete(root.resolve("tmp-" + folder));
    }

    @Test
    void dateAfterTheLastRuleSetEnds_laneNotInForce(@TempDir Path root) throws IOException {
        ruleSet(root, "only", "2026-05-04", "2026-05-04", "2026-12-31");
        EligibilityEngine engine = EligibilityEngine.builder().labRegistry(ShippedRuleSetTest.REGISTRY)
                .ruleSetsFromDirectory(root).build();
        Decision lastDay = engine.decide(SPEC_EXAMPLE.withDate("2026-12-31"));
        assertEquals(Outcome.GREEN_LANE, lastDay.outcome(), lastDay.toJson());
        Decision after = engine.decide(SPEC_EXAMPLE.withDate("2027-01-01"));
        assertEquals(Outcome.STANDARD_INSPECTION, after.outcome());
        assertEquals("LANE_NOT_IN_FORCE", after.findings().get(0).code());
        assertTrue(after.findings().get(0).message().contains("to 2026-12-31"), after.toJson());
    }

    @Test
    void sameIdTwiceNotSideBySide_rejectedNamingBothFolders(@TempDir Path root) throws IOException {
        ruleSet(root, "x", "A", "2026-05-04", "2026-12-31");
        ruleSet(root, "y", "B", "2027-01-01", "2027-12-31");
        ruleSet(root, "z", "A", "2028-01-01", null);
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> EligibilityEngine.builder().labRegistry(LabRegistry.empty()).ruleSetsFromDirectory(root).build());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(root.resolve("z/manifest.json").toString())
                && p.message().contains("duplicate rule set id \"A\" (also in " + root.resolve("x/manifest.json") + ")")),
                e.getMessage());
    }

    @Test
    void overlapInAFolderNotNamedAfterItsId_namesTheFolder(@TempDir Path root) throws IOException {
        ruleSet(root, "shipped", "2026-05-04", "2026-05-04", null);
        ruleSet(root, "draft", "2027-01-01", "2027-01-01", null);
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> EligibilityEngine.builder().labRegistry(LabRegistry.empty()).ruleSetsFromDirectory(root).build());
        assertEquals(root.resolve("draft/manifest.json").toString(), e.problems().get(0).file(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("overlaps 2026-05-04"), e.getMessage());
    }

    @Test
    void manifestProblem_locatedAtItsLine(@TempDir Path root) throws IOException {
        ruleSet(root, "bad", "2026-05-04", "2026-05-04", null);
        Path manifest = root.resolve("bad/manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"value\": 12,", "\"value\": \"twelve\","));
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> EligibilityEngine.builder().labRegistry(LabRegistry.empty()).ruleSetsFromDirectory(root).build());
        RuleSetException.Problem problem = e.problems().get(0);
        assertEquals("parameters.maxReportAgeMonths.value: must be a whole number from 1 to 120, found a string",
                problem.message());
        int expected = Files.readAllLines(manifest).indexOf(Files.readAllLines(manifest).stream()
                .filter(l -> l.contains("\"twelve\"")).findFirst().orElseThrow()) + 1;
        assertEquals(expected, problem.line(), e.getMessage());
        assertTrue(problem.column() > 0);
    }

    @Test
    void pinnedDecision_saysSoInItsJson() {
        Decision pinned = ShippedRuleSetTest.ENGINE.decide(SPEC_EXAMPLE, "2026-05-04");
        Decision byDate = ShippedRuleSetTest.ENGINE.decide(SPEC_EXAMPLE);
        assertTrue(pinned.pinned());
        assertFalse(byDate.pinned());
        assertTrue(pinned.toJson().contains("\"pinned\":true"), pinned.toJson());
        assertFalse(byDate.toJson().contains("pinned"), byDate.toJson());
    }
}
