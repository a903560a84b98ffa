package io.greenlane.eligibility.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Input that cannot be read: a broken pack (the one place the specification shows JSON, because the
 * JSON itself is the point) or a broken lab registry. It must be refused with a message naming the field,
 * and never decided.
 */
public class BrokenInputSteps {
    private final World world;

    public BrokenInputSteps(World world) {
        this.world = world;
    }

    @Accepts(text = "a declaration pack, as the exporter's JSON")
    @When("the exporter submits this pack:")
    public void theExporterSubmitsThisPack(String json) {
        try {
            Declaration declaration = Declaration.fromJson(json);
            world.decide(declaration, null);
        } catch (RuntimeException e) {
            world.rejected(e);
        }
    }

    @Accepts(text = "a lab registry, as the operator's CSV file with its header row")
    @When("the operator loads this lab registry:")
    public void theOperatorLoadsThisLabRegistry(String csv) {
        try {
            Path file = Files.createTempFile("lab-registry", ".csv");
            try {
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                world.useRegistry(LabRegistry.read(file));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            world.rejected(e);
        }
    }

    @Then("it is refused as invalid input at {string}")
    public void itIsRefusedAt(String location) {
        InvalidInputException refusal = refusal();
        assertEquals(location, refusal.location(), "where the problem is; message: " + refusal.getMessage());
        assertTrue(refusal.getMessage().startsWith(location + ": "),
                "the message should start with the location: " + refusal.getMessage());
    }

    /** For a parser's own position (where in the text it gave up), which the contract does not fix to a column. */
    @Then("it is refused as invalid input on line {int}")
    public void itIsRefusedOnLine(int line) {
        InvalidInputException refusal = refusal();
        assertTrue(refusal.location().startsWith("line " + line + ", column "),
                "expected the problem on line " + line + ", found it at " + refusal.location() + ": "
                        + refusal.getMessage());
    }

    @Then("the problem reported says {string}")
    public void theProblemSays(String words) {
        InvalidInputException refusal = refusal();
        assertTrue(refusal.problem().contains(words),
                "expected the problem to say \"" + words + "\": " + refusal.getMessage());
    }

    @Then("no decision is made")
    public void noDecisionIsMade() {
        assertFalse(world.hasDecision(), "a decision was made on input that should have been refused (printed above)");
        assertNotNull(world.rejection(), "the input was neither decided nor refused");
    }

    private InvalidInputException refusal() {
        assertFalse(world.hasDecision(), "the input was accepted and decided (the decision is printed above)");
        RuntimeException rejection = world.rejection();
        assertNotNull(rejection, "the input was not refused");
        return assertInstanceOf(InvalidInputException.class, rejection,
                "expected an InvalidInputException, got " + rejection);
    }
}
