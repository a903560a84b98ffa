package io.greenlane.eligibility.features;

import io.cucumber.java.AfterStep;
import io.cucumber.java.Scenario;
import java.net.URI;

/**
 * When a scenario fails, prints once what it was looking at: the decision, in the plain words the CLI prints,
 * or why the input was refused. Assertion messages stay short and say only what was expected; this is the one
 * place the decision is shown, above the assertion in the build's output.
 */
public class FailureReport {
    private static final String FEATURES = "io/greenlane/eligibility/features/";

    private final World world;
    private boolean shown;

    public FailureReport(World world) {
        this.world = world;
    }

    @AfterStep
    public void showWhatTheFailedScenarioSaw(Scenario scenario) {
        if (shown || !scenario.isFailed()) {
            return;
        }
        shown = true;
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder(nl);
        text.append("=== Scenario failed: ").append(scenario.getName()).append(nl);
        text.append("    at ").append(where(scenario.getUri())).append(':').append(scenario.getLine()).append(nl);
        if (world.hasDecision()) {
            text.append("    The decision it checked:").append(nl);
            world.decision().toPlainText().lines().forEach(l -> text.append("    | ").append(l).append(nl));
            text.append("    Rules fired: ").append(String.join("; ", world.decision().rulesFired().stream()
                    .distinct().toList())).append(nl);
        } else if (world.rejection() != null) {
            text.append("    The input was refused: ").append(world.rejection().getMessage()).append(nl);
        } else {
            text.append("    No declaration was checked in this scenario before it failed (see the error below).")
                    .append(nl);
        }
        System.out.print(text);
    }

    /** The feature file, as a path from the repository root where it is a features resource. */
    private static String where(URI uri) {
        String text = uri.toString();
        int at = text.indexOf(FEATURES);
        return at < 0 ? text : "features/src/test/resources/" + text.substring(at);
    }
}
