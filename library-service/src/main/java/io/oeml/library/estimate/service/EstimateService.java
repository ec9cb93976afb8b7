package io.oeml.library.estimate.service;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.estimator.facts.ModelDescription;
import io.oeml.estimator.facts.QuantizedTag;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.NoSuchModelException;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.fleet.service.KnownHosts;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The estimate endpoint's work: find the model (a catalog name, a catalog name whose tag carries a quantization, or a
 * description of its facts), find the host, and estimate off the event loop once the host is read.
 */
@ApplicationScoped
public class EstimateService {

    private final CatalogIndex catalog;
    private final KnownHosts hosts;
    private final FitCalculator fit;

    public EstimateService(CatalogIndex catalog, KnownHosts hosts, FitCalculator fit) {
        this.catalog = catalog;
        this.hosts = hosts;
        this.fit = fit;
    }

    /**
     * A catalog model. {@code llama3.2:3b-instruct-q8_0} is the catalog's {@code llama3.2:3b-instruct} (or
     * {@code llama3.2:3b}) at Q8_0 unless the catalog has that exact name.
     */
    public Uni<Estimate> estimate(String model, EstimateOptions options, EstimateTarget target) {
        CatalogMatch match = find(model, options.quantization());
        EstimateOptions resolved = options.withQuantization(match.quantization());
        return onWorker(target, host -> new Estimate(match.name(), match.source(), host,
                fit.estimate(match.entry(), host, resolved)));
    }

    /** A model outside the catalog, described by its architecture facts (or GGUF metadata, or tensors). */
    public Uni<Estimate> estimate(ModelDescription description, EstimateOptions options, EstimateTarget target) {
        // validates the facts before any host is read, so a bad description costs no database query
        ModelSpec spec = description.toSpec();
        return onWorker(target, host -> new Estimate(description.name(), Estimate.SOURCE_REQUEST, host,
                fit.estimate(spec, host, options)));
    }

    private Uni<Estimate> onWorker(EstimateTarget target, Function<KnownHost, Estimate> estimate) {
        Uni<KnownHost> host = target.described() != null ? Uni.createFrom().item(target.described())
                : hosts.resolve(target.hostId());
        return host.emitOn(Infrastructure.getDefaultWorkerPool()).map(estimate);
    }

    private CatalogMatch find(String model, String quantization) {
        Optional<CatalogEntry> exact = catalog.find(model);
        if (exact.isPresent()) {
            return new CatalogMatch(exact.get().name(), exact.get(), quantization, Estimate.SOURCE_CATALOG);
        }
        Optional<QuantizedTag> tag = QuantizedTag.parse(model);
        Optional<CatalogEntry> base = tag.stream().flatMap(t -> t.baseNames().stream())
                .flatMap(name -> catalog.find(name).stream()).findFirst();
        if (base.isEmpty()) {
            throw NoSuchModelException.named(model);
        }
        String tagged = tag.get().quantization();
        if (quantization != null && !quantization.equalsIgnoreCase(tagged)) {
            throw new ConflictingQuantizationException(model, tagged, quantization);
        }
        return new CatalogMatch(model, base.get(), tagged, Estimate.SOURCE_CATALOG_TAG);
    }

    /** @param name the catalog's name, or the requested one when its tag named the quantization */
    private record CatalogMatch(String name, CatalogEntry entry, String quantization, String source) {
    }

    /**
     * @param model the catalog's name; as requested when its tag named the quantization; the description's label
     * @param modelSource {@code catalog}, {@code catalog_tag} (a catalog model at the quantization its tag names) or
     *                    {@code request} (described by its facts)
     */
    public record Estimate(String model, String modelSource, KnownHost host, MemoryEstimate estimate) {

        static final String SOURCE_CATALOG = "catalog";
        static final String SOURCE_CATALOG_TAG = "catalog_tag";
        static final String SOURCE_REQUEST = "request";
    }
}
