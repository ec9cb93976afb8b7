package io.oeml.optimizer.host.service;

import java.util.ArrayList;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.estimator.inputs.model.ModelFigures;
import io.oeml.estimator.inputs.model.ModelSpecs;
import io.oeml.estimator.memory.MemoryEstimator;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.EstimateRequest;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.evaluation.measure.TrialMetrics;
import io.oeml.evaluation.run.EvaluationRequest;
import io.oeml.evaluation.run.EvaluationRunner;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaClients;
import io.oeml.ollama.client.generate.Options;
import io.oeml.optimizer.host.TrialEvaluations;
import io.oeml.optimizer.host.TrialHost;
import io.smallrye.mutiny.Uni;

/**
 * Runs a trial with libs/evaluation's {@link EvaluationRunner} on the host's pooled client. Where {@code /api/ps}
 * lists nothing the memory is libs/estimator's figure for the trial's load options on that host, labelled ESTIMATED.
 * The host is looked up before the run, on the caller's context (Panache needs it), so nothing after the run
 * touches Postgres.
 */
@ApplicationScoped
public class OllamaTrialEvaluations implements TrialEvaluations {

    private static final Logger LOG = Logger.getLogger(OllamaTrialEvaluations.class);

    private final CandidateHosts hosts;
    private final OllamaClients clients;

    public OllamaTrialEvaluations(CandidateHosts hosts, OllamaClients clients) {
        this.hosts = hosts;
        this.clients = clients;
    }

    @Override
    public Uni<TrialMetrics> evaluate(TrialHost host, EvaluationRequest request) {
        OllamaClient client = clients.forBaseUrl(host.baseUrl());
        return hosts.find(host).chain(known -> new EvaluationRunner(client).evaluate(request)
                .chain(metrics -> metrics.memory() != null ? Uni.createFrom().item(metrics)
                        : withEstimate(metrics, client, known, host, request)));
    }

    private static Uni<TrialMetrics> withEstimate(TrialMetrics metrics, OllamaClient client,
            Optional<CandidateHost> known, TrialHost host, EvaluationRequest request) {
        if (known.isEmpty()) {
            LOG.warnf("trial on %s: /api/ps listed nothing and the host is no longer known; no memory figure",
                    host.hostId());
            return Uni.createFrom().item(metrics);
        }
        return client.version().chain(version -> client.show(request.model()).map(show -> {
            ModelSpec model = ModelSpecs.spec(ModelFigures.fromShow(request.model(), null, show), new ArrayList<>());
            long bytes = MemoryEstimator.estimate(estimate(model, known.get().withVersion(version),
                    request.options())).sizeBytes();
            return metrics.withEstimatedMemory(bytes);
        }));
    }

    /** The trial's load options on the host; what the trial leaves unset takes the host's server settings. */
    static EstimateRequest estimate(ModelSpec model, CandidateHost host, Options options) {
        Number numCtx = number(options, "num_ctx");
        Number numBatch = number(options, "num_batch");
        Number numGpu = number(options, "num_gpu");
        return new EstimateOptions(null, numCtx == null ? null : numCtx.longValue(), null, null,
                numBatch == null ? null : numBatch.intValue(), numGpu == null ? null : numGpu.intValue(), null)
                .request(model, host.hardware(), host.server());
    }

    private static Number number(Options options, String name) {
        return options.get(name) instanceof Number number ? number : null;
    }
}
