package io.oeml.library.compatibility.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.errors.ApiException;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.compatibility.model.FitView;
import io.oeml.library.estimate.rest.EstimateOptionsQuery;
import io.oeml.library.estimate.service.FitCalculator;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.fleet.service.KnownHosts;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

@Path("/api/ai/ollama/models/fit-matrix")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class FitMatrixResource {

    private final CatalogIndex catalog;
    private final KnownHosts hosts;
    private final FitCalculator fit;

    public FitMatrixResource(CatalogIndex catalog, KnownHosts hosts, FitCalculator fit) {
        this.catalog = catalog;
        this.hosts = hosts;
        this.fit = fit;
    }

    @GET
    @Operation(summary = "Which model can run on which fleet host, and how (placement, size, expected speed)")
    public Uni<FitMatrixResponse> matrix(@QueryParam("models") String models, @Valid @BeanParam EstimateOptionsQuery optionsQuery) {
        List<CatalogEntry> entries = entries(models);
        EstimateOptions options = optionsQuery.toOptions();
        return hosts.fleet().emitOn(Infrastructure.getDefaultWorkerPool()).map(fleet -> {
            List<Row> rows = new ArrayList<>();
            for (CatalogEntry entry : entries) {
                Map<String, FitView> cells = new LinkedHashMap<>();
                for (KnownHost host : fleet) {
                    cells.put(host.hostId(), FitView.of(host.hostId(), fit.estimate(entry, host, options)));
                }
                rows.add(new Row(entry.name(), cells));
            }
            return new FitMatrixResponse(true, fleet.stream().map(KnownHost::hostId).toList(), rows.size(), rows);
        });
    }

    private List<CatalogEntry> entries(String models) {
        if (models == null || models.isBlank()) {
            return catalog.entries();
        }
        List<CatalogEntry> entries = new ArrayList<>();
        for (String name : Arrays.stream(models.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            entries.add(catalog.find(name).orElseThrow(() -> ApiException.notFound("model '" + name + "'")));
        }
        return entries;
    }

    public record Row(String model, Map<String, FitView> hosts) {
    }

    public record FitMatrixResponse(boolean success, List<String> hosts, int count, List<Row> rows) {
    }
}
