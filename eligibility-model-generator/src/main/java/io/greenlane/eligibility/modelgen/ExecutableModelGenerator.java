package io.greenlane.eligibility.modelgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;

/**
 * Compiles every shipped rule set (the ids in {@code rule-sets/index.txt}) into Drools' executable model and writes
 * the generated classes into the rules module's output, with {@code rule-sets/<id>/executable-model.properties}
 * naming the model classes, the SHA-256 of the manifest and DRL they were generated from, and the rule set's
 * digest. The engine loads those classes instead of parsing the DRL, and falls back to the DRL whenever the hash
 * does not match.
 *
 * <p>Before generating, each rule set is loaded from its folder through the library, as a policy author's folder
 * is: that compiles its DRL, reviews it and gives the digest the engine would compute. A shipped rule set must pass
 * that review without a problem or a warning, so the engine need not review the DRL of a model again at run time.
 *
 * <p>Each rule set is compiled as its own Drools module (release id {@code io.greenlane.rulesets:<id>}), so that
 * rule sets sharing a DRL package never share generated classes.
 *
 * <p>Usage: {@code ExecutableModelGenerator RULE_SETS_DIR OUTPUT_CLASSES_DIR}. Exits non-zero, naming each
 * problem, when a rule set does not compile.
 */
public final class ExecutableModelGenerator {
    /** The file beside a rule set's DRL that names its model classes. */
    public static final String PROPERTIES = "executable-model.properties";

    private ExecutableModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExecutableModelGenerator RULE_SETS_DIR OUTPUT_CLASSES_DIR");
            System.exit(2);
        }
        Path ruleSets = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<String> failures = new ArrayList<>();
        for (String id : ids(ruleSets.resolve("index.txt"))) {
            long start = System.nanoTime();
            List<String> problems = generate(id, ruleSets.resolve(id), output);
            if (problems.isEmpty()) {
                System.out.printf("executable model of rule set %s generated in %d ms%n", id,
                        (System.nanoTime() - start) / 1_000_000);
            }
            problems.forEach(p -> failures.add(id + ": " + p));
        }
        if (!failures.isEmpty()) {
            failures.forEach(System.err::println);
            System.exit(1);
        }
    }

    static List<String> ids(Path index) throws IOException {
        return Files.readAllLines(index, StandardCharsets.UTF_8).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Compiles one rule set; returns its problems (none when the classes and properties were written). */
    static List<String> generate(String id, Path folder, Path output) throws IOException {
        RuleSetInfo loaded;
        try {
            loaded = EligibilityEngine.builder().labRegistry(LabRegistry.empty()).ruleSetsFromDirectory(folder).build()
                    .ruleSets().get(0);
        } catch (RuleSetException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        if (!loaded.warnings().isEmpty()) {
            return loaded.warnings().stream().map(w -> w + " (a shipped rule set must pass the review without warnings)")
                    .toList();
        }
        byte[] manifestBytes = Files.readAllBytes(folder.resolve("manifest.json"));
        JsonNode manifest = new ObjectMapper().readTree(manifestBytes);
        List<String> rules = new ArrayList<>();
        manifest.get("rules").forEach(r -> rules.add(r.textValue()));

        KieServices services = KieServices.get();
        ReleaseId release = services.newReleaseId("io.greenlane.rulesets", id, "1");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(release);
        KieModuleModel module = services.newKieModuleModel();
        module.newKieBaseModel("ruleSet").setDefault(true).addPackage("*");
        files.writeKModuleXML(module.toXML());
        List<byte[]> drl = new ArrayList<>();
        for (String name : rules) {
            byte[] bytes = Files.readAllBytes(folder.resolve(name));
            drl.add(bytes);
            files.write("src/main/resources/rule-set/" + name, bytes);
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<String> problems = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(Message::toString).toList();
        if (!problems.isEmpty()) {
            return problems;
        }
        InternalKieModule compiled = (InternalKieModule) builder.getKieModule();
        String models = null;
        for (String name : compiled.getFileNames()) {
            if (name.endsWith("/drools-model")) {
                models = new String(compiled.getBytes(name), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.contains(":") && !l.isBlank()).reduce((a, b) -> a + "," + b).orElse(null);
            }
            // Only the generated classes: no kmodule.xml, so the rules jar never looks like a KIE module.
            if (name.endsWith(".class") && !name.startsWith("org/drools/project/")) {
                Path target = output.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, compiled.getBytes(name));
            }
        }
        if (models == null) {
            return List.of("the executable model names no model class");
        }
        String properties = "# Generated at build time by ExecutableModelGenerator: the executable model of this rule set.\n"
                + "models=" + models + "\n"
                + "sources.sha256=" + sourcesHash(manifestBytes, rules, drl) + "\n"
                + "digest=" + loaded.ref().digest() + "\n";
        Path target = output.resolve("rule-sets").resolve(id).resolve(PROPERTIES);
        Files.createDirectories(target.getParent());
        Files.writeString(target, properties, StandardCharsets.UTF_8);
        return List.of();
    }

    /**
     * A SHA-256 of the manifest's bytes, then of the DRL files' names and bytes in manifest order: the same text as
     * the engine computes for the files it finds beside the model, so that a model (and the digest recorded with it)
     * is never used for other rules than its own.
     */
    public static String sourcesHash(byte[] manifest, List<String> names, List<byte[]> drl) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("manifest.json\n" + manifest.length + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(manifest);
            for (int i = 0; i < names.size(); i++) {
                digest.update((names.get(i) + "\n" + drl.get(i).length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(drl.get(i));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
