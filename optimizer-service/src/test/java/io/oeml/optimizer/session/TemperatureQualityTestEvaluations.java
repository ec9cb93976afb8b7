package io.oeml.optimizer.session;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.oeml.evaluation.measure.LatencyFigures;
import io.oeml.evaluation.measure.MemoryFigure;
import io.oeml.evaluation.measure.TrialMetrics;
import io.oeml.evaluation.run.EvaluationRequest;
import io.oeml.optimizer.host.TrialEvaluations;
import io.oeml.optimizer.host.TrialHost;
import io.smallrye.mutiny.Uni;

/**
 * Test double of the hosts helper's evaluations, standing in for Ollama: a trial's quality is a known function of its
 * temperature, {@code 1 - |temperature - 0.7|}, so a test can tell whether a session converges; model
 * {@link #FAILING_MODEL} fails every trial. It counts the trials it ran per host.
 */
@Alternative
@ApplicationScoped
public class TemperatureQualityTestEvaluations implements TrialEvaluations {

    public static final double BEST_TEMPERATURE = 0.7;
    public static final String FAILING_MODEL = "failing-model:1b";
    /** A model whose trials take {@link #SLOW_TRIAL} each, so a test can act while a session runs. */
    public static final String SLOW_MODEL = "slow-model:1b";
    public static final Duration SLOW_TRIAL = Duration.ofMillis(400);

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    public static double quality(double temperature) {
        return 1 - Math.abs(temperature - BEST_TEMPERATURE);
    }

    @Override
    public Uni<TrialMetrics> evaluate(TrialHost host, EvaluationRequest request) {
        if (FAILING_MODEL.equals(request.model())) {
            return Uni.createFrom().failure(new IllegalStateException("model runner crashed on " + host.hostId()));
        }
        runs.computeIfAbsent(host.hostId(), h -> new AtomicInteger()).incrementAndGet();
        double temperature = ((Number) request.options().get("temperature")).doubleValue();
        Uni<TrialMetrics> metrics = Uni.createFrom().item(new TrialMetrics(request.model(), quality(temperature),
                List.of(), List.of(), new LatencyFigures(400, 200, 50, 0), 40, MemoryFigure.estimated(1L << 30), null));
        return SLOW_MODEL.equals(request.model()) ? metrics.onItem().delayIt().by(SLOW_TRIAL) : metrics;
    }

    public int runsOn(String hostId) {
        AtomicInteger count = runs.get(hostId);
        return count == null ? 0 : count.get();
    }
}
