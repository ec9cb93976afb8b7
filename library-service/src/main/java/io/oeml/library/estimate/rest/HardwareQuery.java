package io.oeml.library.estimate.rest;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import io.oeml.errors.ApiException;
import io.oeml.library.estimate.service.EstimateTarget;

/**
 * Where to estimate: {@code host} (a fleet host id, {@code local}, or none for the default host), or hardware described
 * in the request ({@link HardwareDescription}); the two exclude each other.
 */
public class HardwareQuery {

    @QueryParam("host")
    String host;
    @QueryParam("gpu")
    List<String> gpus;
    @QueryParam("ram")
    String ram;
    @QueryParam("ram_free")
    String ramFree;
    @QueryParam("ram_bandwidth")
    String ramBandwidth;
    @QueryParam("gpu_overhead")
    String gpuOverhead;

    public EstimateTarget toTarget() {
        if (!HardwareDescription.present(gpus, ram)) {
            return EstimateTarget.host(host == null || host.isBlank() ? null : host);
        }
        if (host != null && !host.isBlank()) {
            throw ApiException.badParameter("host", "cannot be combined with an explicit hardware description");
        }
        return EstimateTarget.described(HardwareDescription.parse(gpus, ram, ramFree, ramBandwidth, gpuOverhead));
    }
}
