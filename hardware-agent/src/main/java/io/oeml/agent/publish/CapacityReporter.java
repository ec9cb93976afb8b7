package io.oeml.agent.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.oeml.agent.config.AgentConfig;
import io.oeml.agent.snapshot.MaterialChange;
import io.oeml.agent.snapshot.PublicationState;
import io.oeml.agent.snapshot.SnapshotCollector;
import io.oeml.events.capacity.CapacitySnapshot;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Samples the host every {@code agent.sample-interval} and keeps the latest snapshot. It publishes when the snapshot
 * changed materially since the last acknowledged one, when {@code agent.publish-interval} has passed, or when the
 * previous attempt failed; one send at a time, so a broker outage never piles up records, and the latest snapshot
 * goes out as soon as the broker is back. On a clean shutdown it says the host is leaving.
 */
@ApplicationScoped
public class CapacityReporter {

    private static final Logger LOG = Logger.getLogger(CapacityReporter.class);

    private final SnapshotCollector collector;
    private final CapacityPublisher publisher;
    private final AgentConfig config;
    private final AtomicBoolean sending = new AtomicBoolean();
    private volatile CapacitySnapshot latest;
    private volatile CapacitySnapshot published;
    private volatile Instant publishedAt;
    private volatile String lastError;
    private volatile boolean pending;

    public CapacityReporter(SnapshotCollector collector, CapacityPublisher publisher, AgentConfig config) {
        this.collector = collector;
        this.publisher = publisher;
        this.config = config;
    }

    // Not before the application runs: earlier, the Kafka channel may not be wired to the emitter yet; a send that
    // fails anyway is retried at the next sample.
    @Scheduled(identity = "capacity-sample", every = "${agent.sample-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> sample() {
        return refresh().replaceWithVoid();
    }

    /** The latest snapshot, taking the first one now when no sample has run yet. */
    public Uni<CapacitySnapshot> current() {
        CapacitySnapshot known = latest;
        return known != null ? Uni.createFrom().item(known) : refresh();
    }

    public PublicationState publication() {
        return new PublicationState(publishedAt, pending, lastError);
    }

    private Uni<CapacitySnapshot> refresh() {
        return collector.collect().invoke(snapshot -> {
            latest = snapshot;
            publishIfDue(snapshot);
        });
    }

    private void publishIfDue(CapacitySnapshot snapshot) {
        Optional<String> reason = lastError != null
                ? Optional.of("retrying after: " + lastError)
                : MaterialChange.between(published, snapshot, config.freeMemoryThresholdBytes());
        if (reason.isEmpty() && Duration.between(publishedAt, Instant.now()).compareTo(config.publishInterval()) < 0) {
            return;
        }
        pending = true;
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        LOG.debugf("publishing capacity of %s: %s", snapshot.hostId(), reason.orElse("interval"));
        Uni.createFrom().deferred(() -> publisher.capacity(snapshot)).subscribe().with(
                ok -> {
                    published = snapshot;
                    publishedAt = Instant.now();
                    if (lastError != null) {
                        LOG.infof("capacity published again after: %s", lastError);
                    }
                    lastError = null;
                    pending = false;
                    sending.set(false);
                },
                failure -> {
                    String cause = rootMessage(failure);
                    if (lastError == null) {
                        LOG.warnf("capacity not published, keeping the latest snapshot and retrying: %s", cause);
                    }
                    lastError = cause;
                    sending.set(false);
                });
    }

    // The Kafka client's own cause ("Topic ... not present in metadata after 10000 ms") says more than the wrappers.
    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }

    void leave(@Observes ShutdownEvent event) {
        try {
            publisher.leaving("shutdown").await().atMost(config.leaveTimeout());
            LOG.infof("published that host %s is leaving", latest == null ? "" : latest.hostId());
        } catch (RuntimeException e) {
            LOG.warnf("could not publish that the host is leaving: %s", e.toString());
        }
    }
}
