package io.greenlane.eligibility.examples.singleton;

import io.greenlane.eligibility.api.LabRegistry;
import java.nio.file.Path;

/**
 * The application's wiring in plain Java: the one place that builds the {@link GreenLaneService}, once, at
 * start-up. A container does the same with one annotated method; the body stays as it is here:
 *
 * <pre>{@code
 * // Spring (JVM mode)
 * @Configuration
 * class GreenLaneConfiguration {
 *     @Bean
 *     GreenLaneService greenLaneService(@Value("${greenlane.lab-registry}") Path labRegistry) {
 *         return new GreenLaneConfiguration(labRegistry).greenLaneService();
 *     }
 * }
 *
 * // Quarkus (JVM mode)
 * class GreenLaneProducer {
 *     @Produces @ApplicationScoped
 *     GreenLaneService greenLaneService(@ConfigProperty(name = "greenlane.lab-registry") Path labRegistry) {
 *         return new GreenLaneConfiguration(labRegistry).greenLaneService();
 *     }
 * }
 * }</pre>
 *
 * <p>Both create it once and inject the same instance into every controller or resource, whose request threads
 * then share it. Build it eagerly (Spring's beans are; in Quarkus observe {@code StartupEvent} or use
 * {@code @Startup}), so that the first request does not pay for compiling the rule sets.
 */
public final class GreenLaneConfiguration {

    private final Path labRegistry;

    /** The configuration: where the operator's lab registry is. */
    public GreenLaneConfiguration(Path labRegistry) {
        this.labRegistry = labRegistry;
    }

    /**
     * The service, built from the configuration. A bad registry fails here, at start-up, with the line and
     * column of the problem: better than a service that sends every pack to manual review.
     */
    public GreenLaneService greenLaneService() {
        return GreenLaneService.start(LabRegistry.read(labRegistry));
    }
}
