package io.oeml.agent.cpu;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import oshi.hardware.CentralProcessor;
import oshi.hardware.HardwareAbstractionLayer;

import io.oeml.events.capacity.CpuInfo;

/** CPU model, cores and inference-relevant flags from OSHI. They do not change while the agent runs, so they are read once. */
@ApplicationScoped
public class CpuProbe {

    private final HardwareAbstractionLayer hardware;
    private volatile CpuInfo cpu;

    public CpuProbe(HardwareAbstractionLayer hardware) {
        this.hardware = hardware;
    }

    public CpuInfo cpu() {
        CpuInfo known = cpu;
        if (known == null) {
            known = read();
            cpu = known;
        }
        return known;
    }

    private CpuInfo read() {
        CentralProcessor processor = hardware.getProcessor();
        CentralProcessor.ProcessorIdentifier id = processor.getProcessorIdentifier();
        return new CpuInfo(
                id.getName().strip(),
                vendor(id.getVendor()),
                processor.getPhysicalProcessorCount(),
                processor.getLogicalProcessorCount(),
                CpuFlagsParser.inferenceFlags(processor.getFeatureFlags()),
                "oshi");
    }

    private static String vendor(String cpuid) {
        String v = cpuid.toLowerCase(Locale.ROOT);
        if (v.contains("intel")) {
            return "intel";
        }
        if (v.contains("amd")) {
            return "amd";
        }
        if (v.contains("apple")) {
            return "apple";
        }
        return cpuid.strip();
    }
}
