package io.oeml.library.catalog.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.benchmark.BenchmarkConfig;
import io.oeml.library.benchmark.service.BenchmarkResults;
import io.oeml.library.benchmark.service.MeasuredPerformance;
import io.oeml.library.benchmark.service.MeasuredSpeed;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.finetune.service.Lineages;
import io.oeml.library.finetune.service.Lineages.ModelLineage;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.fleet.service.KnownHosts;
import io.smallrye.mutiny.Uni;

/**
 * The catalog as the model endpoints read it: every entry, or one with the fleet hosts that have it installed, the
 * latest benchmark of it on each host, the optimizer's measured results for it and its fine-tuning lineage.
 */
@ApplicationScoped
public class LibraryService {

    private final CatalogIndex catalog;
    private final KnownHosts hosts;
    private final BenchmarkResults benchmarks;
    private final BenchmarkConfig benchmarkConfig;
    private final Lineages lineages;

    public LibraryService(CatalogIndex catalog, KnownHosts hosts, BenchmarkResults benchmarks,
            BenchmarkConfig benchmarkConfig, Lineages lineages) {
        this.catalog = catalog;
        this.hosts = hosts;
        this.benchmarks = benchmarks;
        this.benchmarkConfig = benchmarkConfig;
        this.lineages = lineages;
    }

    /** In memory: no move off the event loop needed. */
    public Uni<List<CatalogEntry>> entries() {
        return Uni.createFrom().item(catalog::entries);
    }

    /**
     * The named model (a {@code NoSuchModelException} when unknown), the ids of the hosts whose Ollama lists it, its
     * latest benchmark per host at the benchmarks' default context, the optimizer's results for it, and its lineage and
     * fine-tuned derivatives.
     */
    public Uni<InstalledModel> model(String name) {
        // one reactive session per request: its queries run one after the other, never concurrently
        return Uni.createFrom().item(() -> catalog.get(name))
                .chain(entry -> hosts.fleet().chain(fleet -> benchmarks.forModel(entry, benchmarkConfig.defaultNumCtx())
                        .chain(speeds -> benchmarks.performancesOf(entry).chain(performances -> lineages.of(entry)
                                .map(lineage -> new InstalledModel(entry, fleet.stream()
                                        .filter(h -> h.installedModels().stream().anyMatch(m -> m.equalsIgnoreCase(entry.name())))
                                        .map(KnownHost::hostId).toList(), speeds, performances, lineage))))));
    }

    /**
     * @param installedOn ids of fleet hosts whose Ollama lists this model
     * @param benchmarks the latest benchmark of the model on every host that has one (measured or emulated, as labelled)
     * @param measuredPerformance every host's newest optimizer result of each model type for it, newest first
     * @param lineage where the model came from if it is fine-tuned, and the models fine-tuned from it
     */
    public record InstalledModel(CatalogEntry entry, List<String> installedOn, List<MeasuredSpeed> benchmarks,
            List<MeasuredPerformance> measuredPerformance, ModelLineage lineage) {
    }
}
