package io.oeml.library.catalog.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.fleet.service.KnownHosts;
import io.smallrye.mutiny.Uni;

/** The catalog as the model endpoints read it: every entry, or one with the fleet hosts that have it installed. */
@ApplicationScoped
public class LibraryService {

    private final CatalogIndex catalog;
    private final KnownHosts hosts;

    public LibraryService(CatalogIndex catalog, KnownHosts hosts) {
        this.catalog = catalog;
        this.hosts = hosts;
    }

    /** In memory: no move off the event loop needed. */
    public Uni<List<CatalogEntry>> entries() {
        return Uni.createFrom().item(catalog::entries);
    }

    /** The named model (a {@code NoSuchModelException} when unknown) and the ids of the hosts whose Ollama lists it. */
    public Uni<InstalledModel> model(String name) {
        return Uni.createFrom().item(() -> catalog.get(name))
                .chain(entry -> hosts.fleet().map(fleet -> new InstalledModel(entry, fleet.stream()
                        .filter(h -> h.installedModels().stream().anyMatch(m -> m.equalsIgnoreCase(entry.name())))
                        .map(KnownHost::hostId).toList())));
    }

    /** @param installedOn ids of fleet hosts whose Ollama lists this model */
    public record InstalledModel(CatalogEntry entry, List<String> installedOn) {
    }
}
