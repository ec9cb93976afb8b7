package io.oeml.library.discovery.service;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.library.discovery.DiscoveryConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Runs discovery in the background, never on a request: a host is scanned within {@code new-host-check} of appearing,
 * every host again every {@code rescan-interval}, and on demand. One scan at a time.
 */
@ApplicationScoped
public class DiscoveryScheduler {

    private static final Logger LOG = Logger.getLogger(DiscoveryScheduler.class);

    private final Vertx vertx;
    private final ModelDiscovery discovery;
    private final DiscoveryConfig config;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastFullScan = Instant.EPOCH;

    public DiscoveryScheduler(Vertx vertx, ModelDiscovery discovery, DiscoveryConfig config) {
        this.vertx = vertx;
        this.discovery = discovery;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.enabled()) {
            vertx.setPeriodic(config.newHostCheck().toMillis(), id -> tick());
        }
    }

    /** Starts a scan of one host (or all when null) unless one is running; false when one already is. */
    public boolean requestScan(String hostId) {
        return start(Uni.createFrom().deferred(() -> discovery.scannableHosts(hostId)));
    }

    private void tick() {
        boolean fullScanDue = Instant.now().isAfter(lastFullScan.plus(config.rescanInterval()));
        Uni<List<CapacitySnapshot>> hosts = Uni.createFrom().deferred(() -> discovery.scannableHosts(null))
                .map(all -> fullScanDue ? all : all.stream().filter(h -> !discovery.scanned(h.hostId())).toList());
        if (start(hosts) && fullScanDue) {
            lastFullScan = Instant.now();
        }
    }

    private boolean start(Uni<List<CapacitySnapshot>> hosts) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        // Hibernate Reactive needs a duplicated (safe) Vert.x context; a timer or a request-less caller has none
        var context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> hosts.chain(list -> discovery.scan(list, context))
                .eventually(() -> running.set(false))
                .subscribe().with(results -> results.stream().filter(r -> !r.added().isEmpty())
                        .forEach(r -> LOG.infof("discovered on %s: %s", r.hostId(), r.added())),
                        failure -> LOG.warnf("model discovery failed: %s", failure.getMessage())));
        return true;
    }
}
