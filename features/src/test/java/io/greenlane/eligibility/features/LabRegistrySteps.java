package io.greenlane.eligibility.features;

import io.cucumber.java.en.Given;
import io.greenlane.eligibility.api.Lab;
import java.util.List;

/** The operator's lab registry: trusted data, never part of the exporter's pack. */
public class LabRegistrySteps {
    private final World world;

    public LabRegistrySteps(World world) {
        this.world = world;
    }

    @Accepts(Table.LAB_REGISTRY)
    @Given("the lab registry:")
    public void theLabRegistry(List<Lab> labs) {
        world.addLabs(labs);
    }

    @Given("the lab registry lists no lab")
    public void anEmptyLabRegistry() {
        world.addLabs(List.of());
    }
}
