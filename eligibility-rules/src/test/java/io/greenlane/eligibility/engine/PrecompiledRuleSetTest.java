package io.greenlane.eligibility.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.RuleSetException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A shipped rule set's executable model carries what loading its DRL gave at build time (the digest; a review
 * without problems or warnings), and is taken only for the very manifest and DRL files it was generated from:
 * change either and the engine compiles the DRL instead, reviewing it and computing the digest itself.
 */
class PrecompiledRuleSetTest {
    private static final ClassLoader LOADER = PrecompiledRuleSetTest.class.getClassLoader();

    @Test
    void theRecordedDigest_isTheOneTheDrlGives_andTheReviewFindsNothing() throws IOException {
        for (String id : RuleSetCatalogue.ids(bytes(RuleSetCatalogue.CLASSPATH_ROOT + "index.txt"))) {
            String base = RuleSetCatalogue.CLASSPATH_ROOT + id + "/";
            byte[] manifestBytes = bytes(base + "manifest.json");
            List<Problem> problems = new ArrayList<>();
            Manifest manifest = Manifest.read(manifestBytes, base + "manifest.json", problems);
            assertNotNull(manifest, problems.toString());
            List<DrlCompiler.Source> sources = sources(base, manifest);

            ExecutableModels.Precompiled model = ExecutableModels.find(LOADER, base, manifestBytes, sources);
            assertNotNull(model, id + ": a shipped rule set has a model generated from its files");
            assertEquals(RuleSetDigest.of(manifest.decidingParameters(), sources, List.copyOf(manifest.rules().keySet())),
                    model.digest(), id);
            List<Problem> warnings = new ArrayList<>();
            assertTrue(DrlCompiler.review(sources, problems, warnings) && warnings.isEmpty(), problems + " " + warnings);
            assertNotNull(model.rules(), id);
        }
    }

    @Test
    void aChangedManifestOrDrlFile_isNotTheModels() throws IOException {
        for (String id : RuleSetCatalogue.ids(bytes(RuleSetCatalogue.CLASSPATH_ROOT + "index.txt"))) {
            String base = RuleSetCatalogue.CLASSPATH_ROOT + id + "/";
            byte[] manifestBytes = bytes(base + "manifest.json");
            Manifest manifest = Manifest.read(manifestBytes, base + "manifest.json", new ArrayList<>());
            List<DrlCompiler.Source> sources = sources(base, manifest);

            // A space more in the manifest (the parameters the digest covers could have changed as well)
            byte[] spaced = Arrays.copyOf(manifestBytes, manifestBytes.length + 1);
            spaced[manifestBytes.length] = ' ';
            assertNull(ExecutableModels.find(LOADER, base, spaced, sources), id + ": manifest changed");

            List<DrlCompiler.Source> edited = new ArrayList<>(sources);
            DrlCompiler.Source first = edited.get(0);
            edited.set(0, new DrlCompiler.Source(first.path(),
                    (new String(first.bytes(), StandardCharsets.UTF_8) + "\n// edited\n").getBytes(StandardCharsets.UTF_8)));
            assertNull(ExecutableModels.find(LOADER, base, manifestBytes, edited), id + ": DRL changed");

            assertNotNull(ExecutableModels.find(LOADER, base, manifestBytes, sources), id + ": the files themselves");
            assertArrayEquals(manifestBytes, bytes(base + "manifest.json"));
        }
    }

    private static List<DrlCompiler.Source> sources(String base, Manifest manifest) throws IOException {
        List<DrlCompiler.Source> sources = new ArrayList<>();
        for (String name : manifest.rules().keySet()) {
            sources.add(new DrlCompiler.Source(base + name, bytes(base + name)));
        }
        return sources;
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = LOADER.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return in.readAllBytes();
        }
    }
}
