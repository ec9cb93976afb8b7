package io.oeml.agent.publish;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

import io.oeml.agent.config.HostIdentity;
import io.oeml.events.CloudEventMessages;
import io.oeml.events.EventTypes;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.HostLeft;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * Sends capacity events to the compacted {@code hardware.capacity} topic as CloudEvents: key and {@code ce_subject}
 * = host id, {@code ce_source} = {@code /hardware-agent/<host id>}, a fresh {@code ce_id} per event. The returned
 * Uni completes when the broker acknowledged the record and fails when it could not be delivered.
 */
@ApplicationScoped
public class CapacityPublisher {

    private final MutinyEmitter<Object> emitter;
    private final HostIdentity host;
    private final String topic;

    public CapacityPublisher(@Channel("capacity-out") MutinyEmitter<Object> emitter, HostIdentity host,
            @ConfigProperty(name = "mp.messaging.outgoing.capacity-out.topic") String topic) {
        this.emitter = emitter;
        this.host = host;
        this.topic = topic;
    }

    public Uni<Void> capacity(CapacitySnapshot snapshot) {
        return send(EventTypes.CAPACITY_REPORTED, snapshot.observedAt(), snapshot);
    }

    public Uni<Void> leaving(String reason) {
        Instant now = Instant.now();
        return send(EventTypes.HOST_LEFT, now, new HostLeft(host.hostId(), now, reason));
    }

    private Uni<Void> send(String type, Instant time, Object data) {
        String hostId = host.hostId();
        return emitter.sendMessage(CloudEventMessages.of(topic, UUID.randomUUID().toString(), type,
                "/hardware-agent/" + hostId, hostId, time, data));
    }
}
