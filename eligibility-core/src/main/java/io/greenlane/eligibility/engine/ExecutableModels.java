package io.greenlane.eligibility.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.internal.conf.IndexLeftBetaMemoryOption;
import org.kie.internal.conf.IndexRightBetaMemoryOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped rule sets as compiled at build time into Drools' executable model (by the eligibility-model-generator
 * build tool): {@code rule-sets/<id>/executable-model.properties} names the model classes, the SHA-256 of the
 * manifest and DRL they were generated from, and what the engine's own load of that DRL gave at build time (the
 * rule set's digest; its review found nothing). Loading them skips parsing, reviewing and compiling the DRL, most
 * of a cold start. A model is used only for the very files it came from; otherwise the DRL is compiled as for any
 * rules folder.
 */
final class ExecutableModels {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutableModels.class);
    /**
     * The rules already built from a model in this process, by class loader, resource and DRL hash: one KieBase per
     * shipped rule set however many engines are built, and a second caller waits for the first instead of building
     * another (so a command line can start building while it still reads its arguments and input). Each class
     * loader's rules stay as long as it does (they hold it): the shipped rule sets are few.
     */
    private static final Map<ClassLoader, Map<String, Optional<KieBase>>> BUILT =
            Collections.synchronizedMap(new WeakHashMap<>());

    private ExecutableModels() {
    }

    /**
     * The rules of a generated model, built twice over the same network: once with plain lists as the memories of
     * its joins, once with hash indexes. A small pack's facts are few, so a list is scanned faster than a hash
     * table is cleared and probed, and resetting a pooled session for the next pack clears no tables; from some
     * lines on, indexes win (docs/performance.md measures both). The indexed rules are built on first use.
     *
     * @param smallPacks the rules without indexes, built on load (or ahead, see {@link #buildAhead})
     * @param largePacks the rules with indexes, built when first asked for
     */
    record Rules(KieBase smallPacks, Supplier<KieBase> largePacks) {
    }

    /**
     * A model generated from exactly these files, found without waiting for its rules.
     *
     * @param digest the rule set's digest, as loading its DRL gives it (the generator loaded it so, and its review
     *               found no problem and no warning)
     */
    record Precompiled(ClassLoader loader, String ruleSetResource, Properties properties, String digest) {
        /** The model's rules (waiting while another thread builds them), or null when they cannot be built. */
        Rules rules() {
            KieBase smallPacks = built(loader, ruleSetResource, properties, false);
            if (smallPacks == null) {
                return null;
            }
            return new Rules(smallPacks, () -> built(loader, ruleSetResource, properties, true));
        }
    }

    /** The generated model of exactly this manifest and these DRL files, or null when there is none. */
    static Precompiled find(ClassLoader loader, String ruleSetResource, byte[] manifest, List<DrlCompiler.Source> sources) {
        Properties properties = properties(loader, ruleSetResource, true);
        if (properties == null) {
            return null;
        }
        String digest = properties.getProperty("digest");
        if (digest == null || !sourcesKey(manifest, sources).equals(properties.getProperty("sources.sha256"))) {
            LOG.warn("The executable model of {} was generated from other files; compiling its DRL instead",
                    ruleSetResource);
            return null;
        }
        return new Precompiled(loader, ruleSetResource, properties, digest);
    }

    /**
     * A SHA-256 of the manifest's bytes, then of each DRL file's name (without folders) and bytes, as
     * {@link DrlCompiler#contentKey} hashes files; the model generator computes the same.
     */
    static String sourcesKey(byte[] manifest, List<DrlCompiler.Source> sources) {
        List<DrlCompiler.Source> files = new ArrayList<>(sources.size() + 1);
        files.add(new DrlCompiler.Source("manifest.json", manifest));
        files.addAll(sources);
        return DrlCompiler.contentKey(files);
    }

    /**
     * Builds the rules of a model ahead, whatever DRL is beside it ({@link #find} still takes them only for the files
     * they came from): the DRL need not be read and hashed first. Quiet when there is no model.
     *
     * @return whether there is a model and its rules were built
     */
    static boolean buildAhead(ClassLoader loader, String ruleSetResource) {
        Properties properties = properties(loader, ruleSetResource, false);
        return properties != null && built(loader, ruleSetResource, properties, false) != null;
    }

    private static KieBase built(ClassLoader loader, String ruleSetResource, Properties properties, boolean indexed) {
        Map<String, Optional<KieBase>> built = BUILT.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
        return built.computeIfAbsent(ruleSetResource + "@" + properties.getProperty("sources.sha256") + (indexed ? "+indexed" : ""),
                key -> Optional.ofNullable(build(loader, ruleSetResource, properties, indexed))).orElse(null);
    }

    private static Properties properties(ClassLoader loader, String ruleSetResource, boolean warn) {
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(ruleSetResource + "executable-model.properties")) {
            if (in == null) {
                return null;
            }
            properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return properties;
        } catch (IOException e) {
            if (warn) {
                LOG.warn("Cannot read the executable model of {}: {}; compiling its DRL instead", ruleSetResource,
                        e.toString());
            }
            return null;
        }
    }

    private static KieBase build(ClassLoader loader, String ruleSetResource, Properties properties, boolean indexed) {
        try {
            List<Model> models = new ArrayList<>();
            for (String name : properties.getProperty("models", "").split(",")) {
                models.add((Model) Class.forName(name.trim(), true, loader).getDeclaredConstructor().newInstance());
            }
            // Never changed once built (a reload builds new rules), so declared immutable: each session then keeps
            // its facts in one identity map instead of a store per fact class, rebuilt for every decision.
            // Left and right together: Drools 10.2 with only the right side unindexed took a thousand times longer
            // on a 10-line pack.
            return KieBaseBuilder.createKieBaseFromModel(models, KieBaseMutabilityOption.DISABLED,
                    indexed ? IndexLeftBetaMemoryOption.YES : IndexLeftBetaMemoryOption.NO,
                    indexed ? IndexRightBetaMemoryOption.YES : IndexRightBetaMemoryOption.NO);
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            LOG.warn("Cannot load the executable model of {}: {}; compiling its DRL instead", ruleSetResource, e.toString());
            return null;
        }
    }
}
