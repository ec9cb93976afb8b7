package io.oeml.optimizer.host;

import io.oeml.evaluation.measure.TrialMetrics;
import io.oeml.evaluation.run.EvaluationRequest;
import io.smallrye.mutiny.Uni;

/** Runs one trial's evaluation on one Ollama host. */
public interface TrialEvaluations {

    /**
     * Runs the request's suite with its options on the host. The memory is {@code /api/ps}'s measurement, or the
     * estimator's figure labelled ESTIMATED where the host lists nothing. Ollama's refusals fail the Uni.
     */
    Uni<TrialMetrics> evaluate(TrialHost host, EvaluationRequest request);
}
