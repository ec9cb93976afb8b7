package io.oeml.agent.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.oeml.agent.config.AgentConfig;
import io.oeml.agent.config.HostIdentity;
import io.oeml.agent.ollama.FailureText;
import io.oeml.events.CloudEventMessages;
import io.oeml.events.EventJson;
import io.oeml.events.EventSchemas;
import io.oeml.events.EventTypes;
import io.oeml.events.benchmark.BenchmarkRequested;
import io.smallrye.mutiny.Uni;

/**
 * Runs the benchmarks library-service asks this host for ({@code library.benchmark-requests}; requests for other hosts
 * are skipped). A record is acknowledged once its report is published, so a request the agent crashed on runs again
 * after the restart. A request older than {@code agent.benchmark.request-max-age} is answered as failed, not run. A
 * record that is not a valid request is logged and skipped: the agent has no dead-letter topic of its own.
 */
@ApplicationScoped
public class BenchmarkRequestConsumer {

    private static final Logger LOG = Logger.getLogger(BenchmarkRequestConsumer.class);

    private final BenchmarkLane lane;
    private final String hostId;
    private final Duration maxAge;

    public BenchmarkRequestConsumer(BenchmarkLane lane, HostIdentity host, AgentConfig config) {
        this.lane = lane;
        this.hostId = host.hostId();
        this.maxAge = config.benchmark().requestMaxAge();
    }

    @Incoming("benchmark-requests-in")
    public Uni<Void> consume(Message<String> message) {
        BenchmarkRequested request;
        try {
            var event = CloudEventMessages.cloudEvent(message);
            if (!EventTypes.BENCHMARK_REQUESTED.equals(event.getType())) {
                return ack(message);
            }
            EventSchemas.check(event.getType(), message.getPayload());
            request = EventJson.read(message.getPayload(), BenchmarkRequested.class);
        } catch (RuntimeException e) {
            LOG.warnf("skipping a record of library.benchmark-requests that is not a valid request: %s", FailureText.of(e));
            return ack(message);
        }
        if (!hostId.equals(request.hostId())) {
            return ack(message);
        }
        BenchmarkJob job = new BenchmarkJob(request.model(), request.numCtx(), BenchmarkJob.REQUEST, request.requestId());
        Uni<?> answer = request.requestedAt().plus(maxAge).isBefore(Instant.now())
                ? lane.publish(lane.notRun(job, "request " + request.requestId() + " reached the agent after "
                        + maxAge + " (agent.benchmark.request-max-age): not run"))
                : lane.submit(job);
        return answer.chain(() -> ack(message));
    }

    private static Uni<Void> ack(Message<String> message) {
        return Uni.createFrom().completionStage(() -> (CompletionStage<Void>) message.ack());
    }
}
