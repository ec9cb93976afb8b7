package io.oeml.optimizer.host.service;

import io.oeml.estimator.inputs.host.LocalMachine;
import io.oeml.estimator.inputs.host.SnapshotHosts;
import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.ServerSettings;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.ollama.client.version.HostVersion;
import io.oeml.optimizer.host.TrialHost;
import io.oeml.optimizer.space.HostModelFacts;

/**
 * A host a session may run on, with what bounds its space: a fleet host as its agent last reported it, or the
 * configured default Ollama as {@code local} (this machine's memory, no GPU seen).
 */
public record CandidateHost(String hostId, String baseUrl, HostHardware hardware, int cpuThreads,
        ServerSettings server) {

    public static final String LOCAL_ID = "local";

    public static CandidateHost fromSnapshot(CapacitySnapshot snapshot) {
        return new CandidateHost(snapshot.hostId(), SnapshotHosts.ollamaBaseUrl(snapshot),
                SnapshotHosts.hardware(snapshot), SnapshotHosts.cpuThreads(snapshot), SnapshotHosts.server(snapshot));
    }

    public static CandidateHost local(String baseUrl) {
        return new CandidateHost(LOCAL_ID, baseUrl, LocalMachine.hardware(LOCAL_ID), LocalMachine.cpuThreads(),
                ServerSettings.UNKNOWN);
    }

    /** With the era of the version the host answered, where its agent reported none (always so for local). */
    public CandidateHost withVersion(HostVersion version) {
        if (server.era() != null) {
            return this;
        }
        // the agent's wire form of the era (A, B, C): OllamaEra's first letter
        Era era = Era.fromWire(version.era().name().substring(0, 1));
        return new CandidateHost(hostId, baseUrl, hardware, cpuThreads,
                new ServerSettings(era, server.numParallel(), server.kvCacheType(), server.contextLength()));
    }

    /** What a model may use here: free VRAM and free RAM; the measure of the smallest host. */
    public long freeMemoryBytes() {
        return hardware.gpuFreeBytes() + hardware.ramFreeBytes();
    }

    public HostModelFacts facts(ModelSpec model) {
        return new HostModelFacts(model, hardware, cpuThreads, server);
    }

    public TrialHost trialHost() {
        return new TrialHost(hostId, baseUrl);
    }
}
