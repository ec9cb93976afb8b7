package io.oeml.library.discovery.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.ModelFacts;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.catalog.service.CatalogService;
import io.oeml.library.discovery.model.HostDiscovery;
import io.oeml.library.discovery.repository.DiscoveryLeases;
import io.oeml.library.finetune.service.InheritedFacts;
import io.oeml.library.fleet.service.FleetService;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaClients;
import io.oeml.ollama.client.model.ModelSummary;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;

/**
 * Joins the models installed on each Ollama host to the catalog: {@code /api/tags}, then {@code /api/show} for every
 * model the catalog does not know, stored as a discovered model, and for every fine-tuned model whose facts are still
 * its base's (inherited), which the host's own facts then replace. Hosts are scanned one model at a time, each under its
 * {@link DiscoveryLeases lease}, so two replicas never scan one host at once.
 */
@ApplicationScoped
public class ModelDiscovery {

    private static final Logger LOG = Logger.getLogger(ModelDiscovery.class);

    private final OllamaClients clients;
    private final FleetService fleet;
    private final CatalogIndex index;
    private final CatalogService catalog;
    private final DiscoveryLeases leases;
    private final Map<String, HostDiscovery> lastResults = new ConcurrentHashMap<>();

    public ModelDiscovery(OllamaClients clients, FleetService fleet, CatalogIndex index, CatalogService catalog,
            DiscoveryLeases leases) {
        this.clients = clients;
        this.fleet = fleet;
        this.index = index;
        this.catalog = catalog;
        this.leases = leases;
    }

    /** Latest scan result per host; in memory, so it stays on the event loop. */
    public Uni<List<HostDiscovery>> lastResults() {
        return Uni.createFrom().item(() -> lastResults.values().stream().sorted(Comparator.comparing(HostDiscovery::hostId)).toList());
    }

    public boolean scanned(String hostId) {
        return lastResults.containsKey(hostId);
    }

    /** Hosts with a reachable Ollama, from the fleet's latest snapshots; {@code hostId} null means every host. */
    public Uni<List<CapacitySnapshot>> scannableHosts(String hostId) {
        return fleet.latestSnapshots().map(snapshots -> snapshots.stream()
                .filter(s -> hostId == null || s.hostId().equals(hostId))
                .filter(s -> s.ollama() != null && s.ollama().reachable() && s.ollama().baseUrl() != null)
                .toList());
    }

    /**
     * Scans the hosts one after the other; a failing host is recorded, never fails the others. {@code context} is the
     * duplicated Vert.x context the catalog writes must run on (the Ollama client answers on its own context).
     */
    public Uni<List<HostDiscovery>> scan(List<CapacitySnapshot> hosts, Context context) {
        return Multi.createFrom().iterable(hosts)
                .onItem().transformToUniAndConcatenate(host -> scan(host.hostId(), host.ollama().baseUrl(), context))
                .collect().asList();
    }

    /** Scans the host under its lease, or records that another replica is scanning it. */
    private Uni<HostDiscovery> scan(String hostId, String baseUrl, Context context) {
        Executor onContext = command -> context.runOnContext(ignored -> command.run());
        return leases.take(hostId).chain(holder -> holder.isPresent()
                        ? Uni.createFrom().item(HostDiscovery.skipped(hostId, baseUrl, "being scanned by "
                                + holder.get().holder() + " since " + holder.get().since()))
                        : scanHeld(hostId, baseUrl, onContext).emitOn(onContext)
                                .call(() -> leases.release(hostId).onFailure().recoverWithNull()))
                .invoke(result -> {
                    if (result.skipped() != null) {
                        LOG.infof("model discovery on %s skipped: %s", hostId, result.skipped());
                    }
                    lastResults.put(hostId, result);
                });
    }

    private Uni<HostDiscovery> scanHeld(String hostId, String baseUrl, Executor onContext) {
        OllamaClient client = clients.forBaseUrl(baseUrl);
        List<String> matched = new ArrayList<>();
        List<String> added = new ArrayList<>();
        return client.tags().emitOn(onContext)
                .onItem().transformToMulti(tags -> Multi.createFrom().iterable(tags.models()))
                .onItem().transformToUniAndConcatenate(model -> join(client, hostId, model, matched, added, onContext))
                .collect().last()
                .map(ignored -> new HostDiscovery(hostId, baseUrl, Instant.now(), matched, added, null, null))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("model discovery on %s (%s) failed: %s", hostId, baseUrl, failure.getMessage());
                    return new HostDiscovery(hostId, baseUrl, Instant.now(), matched, added, failure.getMessage(), null);
                });
    }

    private Uni<Void> join(OllamaClient client, String hostId, ModelSummary model, List<String> matched, List<String> added,
            Executor onContext) {
        if (model.remoteHost() != null) {
            // a cloud stub: nothing runs on this host
            return Uni.createFrom().voidItem();
        }
        Optional<CatalogEntry> known = CatalogMatcher.match(model, index);
        // a fine-tuned model's facts are its base's until a host's /api/show tells this model's own
        if (known.isPresent() && !InheritedFacts.ORIGIN.equals(known.get().facts().origin())) {
            matched.add(model.name());
            return Uni.createFrom().voidItem();
        }
        return client.show(model.name()).emitOn(onContext).chain(show -> {
            ModelFacts facts = ShowFacts.from(hostId, model, show);
            added.add(model.name());
            return catalog.upsert(facts);
        });
    }
}
