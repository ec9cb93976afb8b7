package io.oeml.ollama.emulator;

/**
 * The host the emulator pretends to run on. Only the cost model reads it; nothing here is measured.
 *
 * @param cpuCores physical cores (num_thread beyond this oversubscribes)
 * @param ramBytes system memory available to models
 * @param gpuVramBytes VRAM of the single emulated GPU; 0 = CPU-only host
 * @param cpuBandwidth bytes/s of memory bandwidth with all cores busy
 * @param gpuBandwidth bytes/s of GPU memory bandwidth
 * @param cpuFlopsPerCore effective FLOP/s per core for prompt processing
 * @param gpuFlops effective FLOP/s of the GPU for prompt processing
 * @param diskBandwidth bytes/s when loading weights
 */
public record EmulatedHardware(
        int cpuCores,
        long ramBytes,
        long gpuVramBytes,
        double cpuBandwidth,
        double gpuBandwidth,
        double cpuFlopsPerCore,
        double gpuFlops,
        double diskBandwidth) {

    public static final long GIB = 1L << 30;

    /** 8 cores, 32 GiB RAM, one 8 GiB GPU (a mid-range workstation). */
    public static EmulatedHardware workstation() {
        return new EmulatedHardware(8, 32 * GIB, 8 * GIB, 60e9, 300e9, 50e9, 40e12, 2e9);
    }

    /** The same machine without a GPU. */
    public static EmulatedHardware cpuOnly() {
        return workstation().withGpuVram(0);
    }

    public EmulatedHardware withGpuVram(long bytes) {
        return new EmulatedHardware(cpuCores, ramBytes, bytes, cpuBandwidth, gpuBandwidth, cpuFlopsPerCore, gpuFlops,
                diskBandwidth);
    }

    public EmulatedHardware withRam(long bytes) {
        return new EmulatedHardware(cpuCores, bytes, gpuVramBytes, cpuBandwidth, gpuBandwidth, cpuFlopsPerCore, gpuFlops,
                diskBandwidth);
    }

    public EmulatedHardware withCpuCores(int cores) {
        return new EmulatedHardware(cores, ramBytes, gpuVramBytes, cpuBandwidth, gpuBandwidth, cpuFlopsPerCore, gpuFlops,
                diskBandwidth);
    }
}
