package io.oeml.optimizer.host.service;

import io.oeml.ollama.client.model.ModelSummary;

/**
 * What planning learned of one candidate host: its {@code /api/tags} entry for the model (null when it lacks the
 * model), or why it did not answer.
 */
public record HostProbe(CandidateHost host, ModelSummary model, String failure) {

    public static HostProbe unreachable(CandidateHost host, String failure) {
        return new HostProbe(host, null, failure);
    }

    public boolean hasModel() {
        return model != null;
    }

    /** The host id, marked when the host did not answer: for the "no host has the model" message. */
    public String label() {
        return failure == null ? host.hostId() : host.hostId() + " (unreachable)";
    }
}
