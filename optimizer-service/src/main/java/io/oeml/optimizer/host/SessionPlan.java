package io.oeml.optimizer.host;

import java.util.List;

import io.oeml.optimizer.space.SpaceReport;

/** Where an Ollama session's trials run (every host that has the model) and the space searched on them. */
public record SessionPlan(List<TrialHost> hosts, SpaceReport space) {

    public SessionPlan {
        hosts = List.copyOf(hosts);
    }
}
