package io.greenlane.eligibility.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that is itself a module, as docs/embedding.md ("The module path") says: it requires
 * {@code io.greenlane.eligibility}, runs with the library, the rules and Drools on the module path, and decides a
 * sample through the engine the library provides as a service.
 */
class ModulePathIT {

    private static final String MODULE_INFO = """
            module demo {
                requires io.greenlane.eligibility;
            }
            """;
    private static final String MAIN = """
            package demo;

            import io.greenlane.eligibility.api.Decision;
            import io.greenlane.eligibility.api.Declaration;
            import io.greenlane.eligibility.api.EligibilityEngine;
            import io.greenlane.eligibility.api.LabRegistry;
            import java.nio.file.Path;

            public class Main {
                public static void main(String[] args) {
                    EligibilityEngine engine = EligibilityEngine.builder()
                            .labRegistry(LabRegistry.read(Path.of(args[1]))).build();
                    Decision decision = engine.decide(Declaration.read(Path.of(args[0])));
                    System.out.println(decision.outcome() + " " + EligibilityEngine.class.getModule().getName());
                }
            }
            """;

    @Test
    void modularApplication_decidesASampleWithTheLibraryOnTheModulePath(@TempDir Path dir)
            throws IOException, InterruptedException {
        // The test tools' jars are left out by their file names: the whole path would also drop the project's own
        // classes when the repository itself sits under a folder named after one (ShipRuleSetIT builds a copy in
        // JUnit's temporary folder, junit-NNN).
        String modulePath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> {
                    String name = Path.of(entry).getFileName().toString();
                    return !name.startsWith("junit") && !name.startsWith("opentest4j") && !name.startsWith("apiguardian")
                            && !name.contains("surefire") && !name.equals("test-classes")
                            && !entry.replace('\\', '/').contains("examples/target");
                })
                .collect(Collectors.joining(File.pathSeparator));
        assertTrue(modulePath.contains("eligibility-core"), modulePath);

        Path source = dir.resolve("src");
        Files.createDirectories(source.resolve("demo"));
        Files.writeString(source.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(source.resolve("demo/Main.java"), MAIN);
        Path classes = dir.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "--module-path", modulePath, "-d", classes.toString(),
                source.resolve("module-info.java").toString(), source.resolve("demo/Main.java").toString());
        assertEquals(0, compiled, "the modular application compiles against the library's exported packages");

        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath + File.pathSeparator + classes, "--add-modules", "ALL-MODULE-PATH",
                "-m", "demo/demo.Main", "../samples/green-lane.json", "../samples/sample-lab-registry.csv"))
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the modular application finished");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), out);
        assertEquals("GREEN_LANE io.greenlane.eligibility", out.strip());
    }
}
