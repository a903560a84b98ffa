package io.greenlane.eligibility.inventory;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import java.nio.file.Path;
import java.time.LocalDate;

/** The shipped sample inventory and one engine for it, shared by the tests (compiling the rules is slow). */
final class Samples {
    static final Path SKUS = Path.of("..", "samples", "inventory", "skus.csv");
    static final Path REPORTS = Path.of("..", "samples", "inventory", "reports");
    static final Path LABS = Path.of("..", "samples", "sample-lab-registry.csv");
    /** The date the README and the tests take the sample inventory on. */
    static final LocalDate AS_OF = LocalDate.parse("2026-09-01");

    static final LabRegistry REGISTRY = LabRegistry.read(LABS);
    private static EligibilityEngine engine;

    private Samples() {
    }

    static synchronized EligibilityEngine engine() {
        if (engine == null) {
            engine = EligibilityEngine.builder().labRegistry(REGISTRY).build();
        }
        return engine;
    }

    static InventoryReport inventory(int warnDays) {
        return Inventory.take(engine(), REGISTRY, ReportFiles.read(REPORTS), SkuCsv.read(SKUS), AS_OF,
                Inventory.DEFAULT_TERMINAL, warnDays);
    }
}
