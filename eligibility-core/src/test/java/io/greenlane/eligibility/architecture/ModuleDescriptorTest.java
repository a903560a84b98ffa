package io.greenlane.eligibility.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.greenlane.eligibility.api.EngineProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** On the module path the library is one named module that exports only the API and the facts. */
class ModuleDescriptorTest {

    @Test
    void moduleExportsApiAndFactsOnly_andProvidesTheEngine() throws IOException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertEquals("io.greenlane.eligibility", module.name());
        assertEquals(Set.of("io.greenlane.eligibility.api", "io.greenlane.eligibility.facts"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of(), module.opens());
        assertEquals(Set.of("io.greenlane.eligibility.engine.DroolsEngineProvider"), module.provides().stream()
                .filter(p -> p.service().equals(EngineProvider.class.getName()))
                .flatMap(p -> p.providers().stream()).collect(Collectors.toSet()));
    }
}
