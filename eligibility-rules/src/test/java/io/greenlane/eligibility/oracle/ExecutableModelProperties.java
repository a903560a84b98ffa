package io.greenlane.eligibility.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.oracle.PackPlan.Case;
import io.greenlane.eligibility.oracle.Registries.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shipped rule sets decide the same whether the engine loads them from the executable model generated at build
 * time (from the classpath) or compiles their DRL at run time (the same folders, loaded as a rules folder): the
 * same decision JSON, finding order, {@code rulesFired} and digest, for every generated pack (as many as
 * {@code -Djqwik.tries=N} asks; 3,400 in the build). The model decides a pack of up to five lines (most generated
 * packs) with its join memories unindexed and a larger one indexed, while the DRL is always indexed: so this also
 * holds the two kinds of memory to the same decisions.
 */
class ExecutableModelProperties {

    private static final LabRegistry REGISTRY = Registries.read(Variant.TYPED, Catalogues.earliestShippedLaneStart());
    /** From the classpath: the executable model. */
    private static final EligibilityEngine MODEL = EligibilityEngine.builder().labRegistry(REGISTRY).build();
    /** The same rule sets' folders, compiled from DRL on the classic path. */
    private static final EligibilityEngine DRL = EligibilityEngine.builder().labRegistry(REGISTRY)
            .ruleSetsFromDirectory(shippedFolders()).build();
    private static final EngineUnderTest CONTEXT = EngineUnderTest.shipped(Variant.TYPED);

    @Property(edgeCases = EdgeCasesMode.NONE)
    void modelAndDrl_decideEveryPackAlike(@ForAll("packs") PackPlan plan) {
        Case generated = plan.build(CONTEXT.context());
        Declaration pack = Declaration.fromJson(generated.pack().toJson());
        Decision fromModel = generated.pinned() == null ? MODEL.decide(pack) : MODEL.decide(pack, generated.pinned());
        Decision fromDrl = generated.pinned() == null ? DRL.decide(pack) : DRL.decide(pack, generated.pinned());
        assertEquals(fromDrl.toJson(), fromModel.toJson(), "model and DRL disagree on\n" + pack.toJson());
    }

    @Property(tries = 1)
    void bothPaths_nameTheSameRuleSetsAndDigests() {
        assertEquals(DRL.ruleSets().stream().map(r -> r.ref()).toList(), MODEL.ruleSets().stream().map(r -> r.ref()).toList());
        assertEquals(DRL.ruleSets().stream().map(r -> r.ruleNames()).toList(),
                MODEL.ruleSets().stream().map(r -> r.ruleNames()).toList());
    }

    @Provide
    Arbitrary<PackPlan> packs() {
        return PackArbitraries.plans(CONTEXT.context());
    }

    /** A copy of the shipped rule set folders (without the generated model), as a policy author's folder. */
    private static Path shippedFolders() {
        try {
            Path root = Files.createTempDirectory("shipped-rule-sets");
            Path source = Path.of("src/main/resources/rule-sets");
            for (String id : Files.readAllLines(source.resolve("index.txt")).stream().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
                Path folder = Files.createDirectories(root.resolve(id));
                try (var files = Files.list(source.resolve(id))) {
                    for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
                        Files.copy(file, folder.resolve(file.getFileName()));
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
