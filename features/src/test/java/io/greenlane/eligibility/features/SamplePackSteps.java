package io.greenlane.eligibility.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The sample packs and lab registry that ship with the project, read from files as the CLI would. */
public class SamplePackSteps {
    static final String SAMPLES_PROPERTY = "samples.dir";
    static final String SAMPLE_REGISTRY = "sample-lab-registry.csv";

    private final World world;

    public SamplePackSteps(World world) {
        this.world = world;
    }

    @When("the sample pack {string} is checked with the sample lab registry")
    public void theSamplePackIsChecked(String pack) {
        Path samples = samplesDir();
        world.useRegistry(LabRegistry.read(existing(samples.resolve(SAMPLE_REGISTRY))));
        world.decide(Declaration.read(existing(samples.resolve(pack))), null);
    }

    @When("the sample pack {string} is read")
    public void theSamplePackIsRead(String pack) {
        try {
            world.decide(Declaration.read(existing(samplesDir().resolve(pack))), null);
        } catch (InvalidInputException e) {
            world.rejected(e);
        }
    }

    @When("the sample lab registry is loaded")
    public void theSampleLabRegistryIsLoaded() {
        world.useRegistry(LabRegistry.read(existing(samplesDir().resolve(SAMPLE_REGISTRY))));
    }

    @Then("every lab it names is an example lab")
    public void everyLabIsAnExampleLab() {
        LabRegistry registry = world.registry();
        assertFalse(registry.labs().isEmpty(), "the sample lab registry names no lab");
        for (Lab lab : registry.labs()) {
            assertTrue(lab.name() != null && lab.name().toLowerCase(Locale.ROOT).contains("example"),
                    "sample lab " + lab.labId() + " is named \"" + lab.name()
                            + "\"; sample registries must name example labs only, and say so");
        }
    }

    private static Path samplesDir() {
        String dir = System.getProperty(SAMPLES_PROPERTY);
        assertTrue(dir != null && !dir.isBlank(), "system property " + SAMPLES_PROPERTY + " is not set");
        return Path.of(dir);
    }

    private static Path existing(Path file) {
        assertTrue(Files.isRegularFile(file), "sample file " + file.toAbsolutePath().normalize() + " does not exist");
        return file;
    }
}
