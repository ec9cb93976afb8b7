package io.oeml.estimator.memory;

import java.util.ArrayList;
import java.util.List;

import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.MemoryEstimate.DecodeSpeed;
import io.oeml.estimator.model.MemoryEstimate.GpuShare;
import io.oeml.estimator.model.ModelSpec;

/**
 * Decode tokens/s from memory bandwidth. Generating one token streams every active weight and the filled part of the
 * KV cache through memory once, so the time per token is bytes on each device over that device's bandwidth.
 */
final class DecodeSpeedEstimator {

    /** Assumed share of peak bandwidth llama.cpp decode achieves; an assumption, not a measurement. */
    static final double BANDWIDTH_EFFICIENCY = 0.6;
    /** Assumed fill of the KV cache during generation. */
    static final double KV_FILL = 0.5;

    private DecodeSpeedEstimator() {
    }

    static DecodeSpeed estimate(ModelSpec model, HostHardware host, PlacementResult result, long allocatedKv, int totalLayers) {
        double active = activeShare(model);
        double gpuLayerShare = totalLayers > 0 ? (double) result.layersOnGpu() / totalLayers : 0;
        long kvRead = (long) (allocatedKv * KV_FILL);
        long gpuBytes = (long) (result.gpuWeightBytes() * active + kvRead * gpuLayerShare);
        long cpuBytes = (long) (result.cpuWeightBytes() * active + kvRead * (1 - gpuLayerShare));
        Double gpuBandwidth = slowestGpuBandwidth(host, result.perGpu());
        Double cpuBandwidth = host.ramBandwidthGbps();
        List<String> assumptions = new ArrayList<>();
        assumptions.add("each token reads the active weights once and " + (int) (KV_FILL * 100) + " % of the KV cache");
        assumptions.add("achieved bandwidth = " + BANDWIDTH_EFFICIENCY + " × peak (assumed, not measured)");
        if (active < 1.0) {
            assumptions.add(String.format("MoE: %.0f %% of the weights are active per token", active * 100));
        }
        if (result.perGpu().size() > 1) {
            assumptions.add("multi-GPU: the slowest GPU's bandwidth is used for all GPU layers");
        }
        double seconds = 0;
        boolean known = true;
        if (gpuBytes > 0) {
            if (gpuBandwidth == null) {
                known = false;
                assumptions.add("GPU bandwidth unknown: no speed estimate");
            } else {
                seconds += gpuBytes / (gpuBandwidth * 1e9);
            }
        }
        if (cpuBytes > 0) {
            if (cpuBandwidth == null) {
                known = false;
                assumptions.add("system memory bandwidth unknown: no speed estimate");
            } else {
                seconds += cpuBytes / (cpuBandwidth * 1e9);
            }
        }
        Double upper = known && seconds > 0 ? round1(1 / seconds) : null;
        Double expected = upper == null ? null : round1(upper * BANDWIDTH_EFFICIENCY);
        return new DecodeSpeed(upper, expected, gpuBytes, cpuBytes, gpuBandwidth, cpuBandwidth, BANDWIDTH_EFFICIENCY,
                assumptions);
    }

    /** Share of the weights read per token: active/total parameters for MoE, else all of them. */
    static double activeShare(ModelSpec model) {
        return model.parameterCount() > 0 && model.activeParameterCount() > 0
                ? (double) model.activeParameterCount() / model.parameterCount() : 1.0;
    }

    private static Double slowestGpuBandwidth(HostHardware host, List<GpuShare> shares) {
        Double slowest = null;
        for (GpuShare share : shares) {
            GpuDevice gpu = host.gpus().get(share.gpuIndex());
            if (gpu.bandwidthGbps() == null) {
                return null;
            }
            slowest = slowest == null ? gpu.bandwidthGbps() : Math.min(slowest, gpu.bandwidthGbps());
        }
        return slowest;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
