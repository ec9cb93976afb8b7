package io.oeml.library.fleet.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.library.benchmark.service.BenchmarkResults;
import io.oeml.library.benchmark.service.MeasuredSpeed;
import io.oeml.library.fleet.service.FleetService;
import io.oeml.library.fleet.service.HostView;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/hosts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hosts", description = "Ollama hosts as their hardware agents report them")
public class HostResource {

    private final FleetService fleet;
    private final BenchmarkResults benchmarks;

    public HostResource(FleetService fleet, BenchmarkResults benchmarks) {
        this.fleet = fleet;
        this.benchmarks = benchmarks;
    }

    @GET
    @Operation(summary = "Every known host with its status (online, stale, offline) and latest capacity")
    public Uni<HostList> list() {
        return fleet.hosts().map(hosts -> new HostList(true, hosts.size(), hosts));
    }

    @GET
    @Path("/{host_id}")
    @Operation(summary = "One host with its status, latest capacity and latest benchmarked speed per model")
    public Uni<HostResponse> get(@PathParam("host_id") String hostId) {
        return benchmarks.host(hostId).map(found -> new HostResponse(true, found.host(), found.benchmarks()));
    }

    public record HostList(boolean success, int count, List<HostView> hosts) {
    }

    /** @param benchmarks the newest benchmark of each model and context on the host (measured or emulated) */
    public record HostResponse(boolean success, HostView host, List<MeasuredSpeed> benchmarks) {
    }
}
