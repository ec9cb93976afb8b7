package io.oeml.library.compare.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.library.benchmark.service.BenchmarkResults;
import io.oeml.library.benchmark.service.HostMeasurements;
import io.oeml.library.benchmark.service.MeasuredPerformance;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.estimate.service.FitCalculator;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.fleet.service.KnownHosts;
import io.oeml.library.units.Gigabytes;
import io.oeml.library.web.SeedFields;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Side-by-side table of models and the recommendations that follow from it. What an optimizer session measured on the
 * host comes first, in the table and in the recommendations, ahead of the published scores.
 */
@ApplicationScoped
public class ComparisonService {

    private final CatalogIndex catalog;
    private final KnownHosts hosts;
    private final FitCalculator fit;
    private final BenchmarkResults measurements;

    public ComparisonService(CatalogIndex catalog, KnownHosts hosts, FitCalculator fit, BenchmarkResults measurements) {
        this.catalog = catalog;
        this.hosts = hosts;
        this.fit = fit;
        this.measurements = measurements;
    }

    /**
     * The named models (a {@code NoSuchModelException} naming every unknown one) compared on a host
     * ({@link KnownHosts#resolve}) with what was measured on it; the estimates run off the event loop.
     */
    public Uni<HostComparison> compare(List<String> names, String hostId) {
        return Uni.createFrom().item(() -> catalog.getAll(names))
                .chain(entries -> hosts.resolve(hostId).chain(host -> measurements.of(host.hostId())
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(measured -> new HostComparison(entries, host, compare(entries, host, measured)))));
    }

    public record HostComparison(List<CatalogEntry> entries, KnownHost host, Comparison comparison) {
    }

    Comparison compare(List<CatalogEntry> entries, KnownHost host, HostMeasurements measured) {
        Map<String, MeasuredPerformance> measuredPerformance = new LinkedHashMap<>();
        Map<String, Double> performance = new LinkedHashMap<>();
        Map<String, Double> memory = new LinkedHashMap<>();
        Map<String, Map<String, Double>> byCategory = new LinkedHashMap<>();
        Map<String, Double> disk = new LinkedHashMap<>();
        Map<String, Long> context = new LinkedHashMap<>();
        Map<String, Long> parameters = new LinkedHashMap<>();
        Map<String, Double> speed = new LinkedHashMap<>();
        Map<String, String> placement = new LinkedHashMap<>();
        Map<String, List<String>> capabilities = new LinkedHashMap<>();
        Map<String, String> license = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            byCategory.put(category.wireName(), new LinkedHashMap<>());
        }
        Map<String, MemoryEstimate> estimates = new LinkedHashMap<>();
        for (CatalogEntry entry : entries) {
            String name = entry.name();
            MemoryEstimate estimate = fit.estimate(entry, host, EstimateOptions.defaults());
            estimates.put(name, estimate);
            measuredPerformance.put(name, measured.performance(entry, null).orElse(null));
            performance.put(name, entry.bestScore());
            memory.put(name, entry.memoryRequirementGb());
            for (Category category : Category.values()) {
                byCategory.get(category.wireName()).put(name, entry.score(category));
            }
            Long download = entry.facts().downloadSizeBytes();
            disk.put(name, download == null ? null : Gigabytes.of(download));
            context.put(name, entry.facts().contextLength());
            parameters.put(name, entry.parameterCount() > 0 ? entry.parameterCount() : null);
            speed.put(name, estimate.decode().expectedTokensPerSecond());
            placement.put(name, estimate.processor());
            capabilities.put(name, entry.facts().capabilities());
            license.put(name, entry.facts().license());
        }
        ComparisonTable table = new ComparisonTable(measuredPerformance, performance, memory, byCategory, disk, context,
                parameters, speed, placement, capabilities, license);
        return new Comparison(host.hostId(), table, recommendations(entries, estimates, host, measuredPerformance));
    }

    private static List<String> recommendations(List<CatalogEntry> entries, Map<String, MemoryEstimate> estimates, KnownHost host,
            Map<String, MeasuredPerformance> measured) {
        List<String> recommendations = new ArrayList<>();
        measured.forEach((name, performance) -> {
            if (performance != null) {
                recommendations.add(name + " " + performance.summary());
            }
        });
        for (Category category : Category.values()) {
            entries.stream().filter(e -> e.score(category) != null)
                    .max(Comparator.comparingDouble(e -> e.score(category)))
                    .ifPresent(best -> recommendations.add(best.name() + " is best for " + category.wireName() + " tasks ("
                            + category.wireName() + " score " + best.score(category) + ")"));
        }
        entries.stream().min(Comparator.comparingLong(CatalogEntry::memoryRequirementBytes))
                .ifPresent(e -> recommendations.add(e.name() + " needs the least memory (" + e.memoryRequirementGb() + " GB)"));
        entries.stream()
                .filter(e -> estimates.get(e.name()).decode().expectedTokensPerSecond() != null)
                .max(Comparator.comparingDouble(e -> estimates.get(e.name()).decode().expectedTokensPerSecond()))
                .ifPresent(e -> recommendations.add(e.name() + " is fastest on " + host.hostId() + " (about "
                        + Math.round(estimates.get(e.name()).decode().expectedTokensPerSecond()) + " tokens/s, "
                        + estimates.get(e.name()).processor() + ")"));
        entries.stream().filter(e -> e.bestScore() != null && e.memoryRequirementBytes() > 0)
                .max(Comparator.comparingDouble(e -> e.bestScore() / Gigabytes.of(e.memoryRequirementBytes())))
                .ifPresent(e -> recommendations.add(e.name() + " offers the most quality per GB (best score "
                        + e.bestScore()
                        + String.format(Locale.ROOT, " for %.1f GB)", Gigabytes.of(e.memoryRequirementBytes()))));
        entries.stream().filter(e -> estimates.get(e.name()).placement().name().equals("DOES_NOT_FIT"))
                .forEach(e -> recommendations.add(e.name() + " does not fit on " + host.hostId()));
        List<String> unscored = entries.stream().filter(e -> e.bestScore() == null).map(CatalogEntry::name).toList();
        if (!unscored.isEmpty()) {
            recommendations.add("no published benchmark, so no score, for " + String.join(", ", unscored));
        }
        return recommendations;
    }

    /**
     * @param measuredPerformance each model's newest optimizer result on the comparison host (null when none)
     * @param performance each model's best category score (null when no benchmark is published)
     * @param memoryUsage the catalog's memory requirement, GB
     * @param expectedTokensPerSecond on the comparison host
     * @param placement {@code ollama ps} PROCESSOR on the comparison host
     */
    @SeedFields
    public record ComparisonTable(
            @SeedFields Map<String, MeasuredPerformance> measuredPerformance,
            @SeedFields Map<String, Double> performance,
            @SeedFields Map<String, Double> memoryUsage,
            @SeedFields Map<String, Map<String, Double>> scoresByCategory,
            @SeedFields Map<String, Double> diskSizeGb,
            @SeedFields Map<String, Long> contextLength,
            @SeedFields Map<String, Long> parameterCount,
            @SeedFields Map<String, Double> expectedTokensPerSecond,
            @SeedFields Map<String, String> placement,
            @SeedFields Map<String, List<String>> capabilities,
            @SeedFields Map<String, String> license) {
    }

    /** @param host the host the speeds and placements are for */
    public record Comparison(String host, ComparisonTable comparisonTable, List<String> recommendations) {
    }
}
