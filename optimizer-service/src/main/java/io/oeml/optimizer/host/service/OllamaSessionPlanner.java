package io.oeml.optimizer.host.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.estimator.inputs.model.ModelFigures;
import io.oeml.estimator.inputs.model.ModelSpecs;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.evaluation.suite.ModelType;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaClients;
import io.oeml.ollama.client.model.ShowResponse;
import io.oeml.optimizer.host.HostsConfig;
import io.oeml.optimizer.host.NoHostHasModelException;
import io.oeml.optimizer.host.SessionPlan;
import io.oeml.optimizer.host.SessionPlanner;
import io.oeml.optimizer.space.CustomSpace;
import io.smallrye.mutiny.Uni;

/**
 * Plans a session on the hosts that have the model now: every candidate's live {@code /api/tags} in parallel, each
 * bounded by {@code oeml.optimizer-hosts.probe-timeout} (a host that does not answer is skipped and logged), the
 * model's facts from one host's {@code /api/show}, and the space bounded by the smallest of them ({@link HostChoice}).
 */
@ApplicationScoped
public class OllamaSessionPlanner implements SessionPlanner {

    private static final Logger LOG = Logger.getLogger(OllamaSessionPlanner.class);

    private final CandidateHosts hosts;
    private final OllamaClients clients;
    private final Duration timeout;

    public OllamaSessionPlanner(CandidateHosts hosts, OllamaClients clients, HostsConfig config) {
        this.hosts = hosts;
        this.clients = clients;
        this.timeout = config.probeTimeout();
    }

    @Override
    public Uni<SessionPlan> plan(String modelName, ModelType modelType, CustomSpace custom) {
        return hosts.all()
                .chain(candidates -> Uni.join().all(candidates.stream().map(host -> probe(host, modelName)).toList())
                        .andFailFast())
                .chain(probes -> {
                    List<HostProbe> withModel = probes.stream().filter(HostProbe::hasModel).toList();
                    if (withModel.isEmpty()) {
                        return Uni.createFrom().failure(new NoHostHasModelException(modelName,
                                probes.stream().map(HostProbe::label).toList()));
                    }
                    HostProbe first = withModel.get(0);
                    return bounded(clients.forBaseUrl(first.host().baseUrl()).show(modelName))
                            .map(show -> plan(modelType, custom, first, show, withModel));
                });
    }

    private SessionPlan plan(ModelType modelType, CustomSpace custom, HostProbe first, ShowResponse show,
            List<HostProbe> withModel) {
        List<String> notes = new ArrayList<>();
        ModelSpec model = ModelSpecs.spec(ModelFigures.fromShow(first.model().name(), first.model().size(), show),
                notes);
        List<CandidateHost> chosen = withModel.stream().map(HostProbe::host).toList();
        return new SessionPlan(chosen.stream().map(CandidateHost::trialHost).toList(),
                HostChoice.space(modelType, custom, model, notes, chosen));
    }

    /** The host's tags and version (its era, where the agent reported none); never fails: unreachable is a result. */
    private Uni<HostProbe> probe(CandidateHost host, String modelName) {
        OllamaClient client;
        try {
            client = clients.forBaseUrl(host.baseUrl());
        } catch (IllegalArgumentException malformed) {
            return Uni.createFrom().item(unreachable(host, malformed));
        }
        return bounded(client.version()).chain(version -> bounded(client.tags())
                        .map(tags -> new HostProbe(host.withVersion(version),
                                HostChoice.installed(tags, modelName).orElse(null), null)))
                .onFailure().recoverWithItem(failure -> unreachable(host, failure));
    }

    private static HostProbe unreachable(CandidateHost host, Throwable failure) {
        LOG.warnf("host %s (%s) skipped while planning: %s", host.hostId(), host.baseUrl(), failure.toString());
        return HostProbe.unreachable(host, failure.toString());
    }

    private <T> Uni<T> bounded(Uni<T> call) {
        return call.ifNoItem().after(timeout).fail();
    }
}
