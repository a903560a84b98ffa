package io.greenlane.eligibility.server;

import io.greenlane.eligibility.api.Decision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The service's meters, scraped at {@code /metrics} in the Prometheus text format: decisions by outcome and
 * rule set, decision latency as a histogram, input errors, reloads, requests turned away, decision-log
 * failures, and the JVM's own.
 */
final class Metrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer latency;
    private final Timer queueWait;
    /** Guarded by {@code this}: set once the JVM's meters are bound ({@link #bindJvmMetrics}). */
    private JvmGcMetrics gc;
    private boolean closed;

    Metrics(Admission admission, Supplier<Integer> ruleSets) {
        latency = Timer.builder("eligibility.decision")
                .description("Time to decide one pack and log the decision (reading the body excluded)")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        queueWait = Timer.builder("eligibility.admission.wait")
                .description("Time a request waited for a place among those deciding")
                .register(registry);
        // strong references: a gauge otherwise lets go of what it reads, and then reads NaN
        Gauge.builder("eligibility.requests.in.progress", admission, Admission::inProgress)
                .description("Requests deciding now").strongReference(true).register(registry);
        Gauge.builder("eligibility.requests.queued", admission, Admission::queued)
                .description("Requests waiting for a place").strongReference(true).register(registry);
        Gauge.builder("eligibility.rule.sets", ruleSets, s -> s.get())
                .description("Rule sets loaded (0 until they are compiled)").strongReference(true).register(registry);
        FunctionCounter.builder("eligibility.rejected", admission, Admission::turnedAway)
                .description("Requests turned away with 503, by reason").tag("reason", "saturated")
                .register(registry);
    }

    /**
     * Binds the JVM's own meters on a background thread. They are not needed to serve and cost about 0.3 s of
     * CPU (the JVM's management beans), so the server binds them once it is ready rather than on its way there; a
     * scrape that comes first binds them itself.
     */
    void bindJvmMetricsInBackground() {
        Thread binding = new Thread(this::bindJvmMetrics, "jvm-metrics");
        binding.setDaemon(true);
        binding.start();
    }

    private synchronized void bindJvmMetrics() {
        if (gc != null || closed) {
            return;
        }
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics collections = new JvmGcMetrics();
        collections.bindTo(registry);
        gc = collections;
    }

    void decided(Decision decision, long nanos) {
        Counter.builder("eligibility.decisions")
                .description("Decisions returned, by outcome and rule set")
                .tag("outcome", decision.outcome().name())
                .tag("rule_set", decision.ruleSet().id())
                .register(registry).increment();
        latency.record(Duration.ofNanos(nanos));
    }

    void waited(long nanos) {
        queueWait.record(Duration.ofNanos(nanos));
    }

    void inputError(String endpoint, String kind) {
        Counter.builder("eligibility.input.errors")
                .description("Requests or batch lines refused as bad input")
                .tag("endpoint", endpoint).tag("kind", kind)
                .register(registry).increment();
    }

    void reload(boolean succeeded) {
        Counter.builder("eligibility.reloads")
                .description("Rule set reloads, by result")
                .tag("result", succeeded ? "success" : "failure")
                .register(registry).increment();
    }

    void notReady() {
        Counter.builder("eligibility.rejected")
                .description("Requests turned away with 503, by reason")
                .tag("reason", "not_ready")
                .register(registry).increment();
    }

    void decisionLogFailed() {
        Counter.builder("eligibility.decision.log.failures")
                .description("Decisions withheld because the decision log could not be written")
                .register(registry).increment();
    }

    /** The Prometheus text exposition (format 0.0.4). */
    String scrape() {
        bindJvmMetrics();
        return registry.scrape();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (gc != null) {
            gc.close();
        }
        registry.close();
    }
}
