package io.oeml.agent.benchmark;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

import io.oeml.events.CloudEventMessages;
import io.oeml.events.EventTypes;
import io.oeml.events.benchmark.BenchmarkReported;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * Sends benchmark reports to {@code hardware.benchmarks}: key and {@code ce_subject} = host id, {@code ce_id} = run
 * id (a resend of the same run is applied once), {@code ce_source} = {@code /hardware-agent/<host id>}.
 */
@ApplicationScoped
public class BenchmarkPublisher {

    private final MutinyEmitter<Object> emitter;
    private final String topic;

    public BenchmarkPublisher(@Channel("benchmarks-out") MutinyEmitter<Object> emitter,
            @ConfigProperty(name = "mp.messaging.outgoing.benchmarks-out.topic") String topic) {
        this.emitter = emitter;
        this.topic = topic;
    }

    public Uni<Void> report(BenchmarkReported report) {
        return emitter.sendMessage(CloudEventMessages.of(topic, report.runId(), EventTypes.BENCHMARK_REPORTED,
                "/hardware-agent/" + report.hostId(), report.hostId(), report.finishedAt(), report));
    }
}
