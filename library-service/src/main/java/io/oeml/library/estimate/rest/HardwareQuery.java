package io.oeml.library.estimate.rest;

import java.util.List;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import io.oeml.errors.ApiException;
import io.oeml.library.estimate.service.EstimateTarget;
import io.oeml.rest.FreeText;

/**
 * Where to estimate, taken with {@code @Valid @BeanParam}: {@code host} (a fleet host id, {@code local}, or none for
 * the default host), or hardware described in the request ({@link HardwareDescription}); the two exclude each other.
 */
public record HardwareQuery(
        @QueryParam("host") String host,
        @QueryParam("gpu") @Size(max = 16, message = "may be given at most 16 times") List<String> gpus,
        @QueryParam("ram") String ram,
        @QueryParam("ram_free") String ramFree,
        @QueryParam("ram_bandwidth") String ramBandwidth,
        @QueryParam("gpu_overhead") String gpuOverhead) {

    public HardwareQuery {
        host = FreeText.of(host);
        gpus = gpus == null ? List.of() : List.copyOf(gpus);
    }

    public EstimateTarget toTarget() {
        if (!HardwareDescription.present(gpus, ram)) {
            return EstimateTarget.host(host);
        }
        if (host != null) {
            throw ApiException.badParameter("host", "cannot be combined with an explicit hardware description");
        }
        return EstimateTarget.described(HardwareDescription.parse(gpus, ram, ramFree, ramBandwidth, gpuOverhead));
    }
}
