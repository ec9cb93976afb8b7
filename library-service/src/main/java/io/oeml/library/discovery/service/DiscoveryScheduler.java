package io.oeml.library.discovery.service;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.library.discovery.DiscoveryConfig;
import io.oeml.library.discovery.model.HostDiscovery;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs discovery in the background, never on a request: a host is scanned within {@code new-host-check} of appearing,
 * every host again every {@code rescan-interval}, and on demand. One scan at a time.
 */
@ApplicationScoped
public class DiscoveryScheduler {

    private static final Logger LOG = Logger.getLogger(DiscoveryScheduler.class);

    private final ModelDiscovery discovery;
    private final DiscoveryConfig config;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastFullScan = Instant.EPOCH;

    public DiscoveryScheduler(ModelDiscovery discovery, DiscoveryConfig config) {
        this.discovery = discovery;
        this.config = config;
    }

    /** Starts a scan of one host (or all when null) unless one is running; false when one already is. Returns at once. */
    public Uni<Boolean> requestScan(String hostId) {
        // VertxContextSupport refuses to run on a Vert.x thread, so starting a scan leaves the event loop
        return Uni.createFrom().item(() -> {
            if (!running.compareAndSet(false, true)) {
                return false;
            }
            // The scan outlives the request; the catalog writes need a safe duplicated Vert.x context
            VertxContextSupport.subscribeWith(() -> scan(() -> discovery.scannableHosts(hostId)).toMulti(), results -> { });
            return true;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    // The scheduler runs a Uni-returning method on a safe duplicated context, as the catalog writes need; the first
    // check comes one interval after start, not while the fleet is still being read in.
    @Scheduled(identity = "model-discovery", every = "${catalog.discovery.new-host-check}",
            delayed = "${catalog.discovery.new-host-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scanDueHosts() {
        if (!config.enabled() || !running.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        boolean fullScanDue = Instant.now().isAfter(lastFullScan.plus(config.rescanInterval()));
        if (fullScanDue) {
            lastFullScan = Instant.now();
        }
        return scan(() -> discovery.scannableHosts(null)
                .map(all -> fullScanDue ? all : all.stream().filter(h -> !discovery.scanned(h.hostId())).toList()))
                .replaceWithVoid();
    }

    /** Scans the hosts on the current (safe, duplicated) context; the caller holds {@link #running}. */
    private Uni<List<HostDiscovery>> scan(Supplier<Uni<List<CapacitySnapshot>>> hosts) {
        return Uni.createFrom().deferred(() -> {
                    Context context = Vertx.currentContext();
                    return hosts.get().chain(list -> discovery.scan(list, context));
                })
                .invoke(results -> results.stream().filter(r -> !r.added().isEmpty())
                        .forEach(r -> LOG.infof("discovered on %s: %s", r.hostId(), r.added())))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("model discovery failed: %s", failure.getMessage());
                    return List.of();
                })
                .eventually(() -> running.set(false));
    }
}
