package io.oeml.ollama.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.oeml.ollama.emulator.model.InstalledModel;
import io.oeml.ollama.emulator.model.SeedCatalog;
import io.oeml.ollama.emulator.sim.CorrectnessModel;
import io.oeml.ollama.emulator.sim.CostModel;
import io.oeml.ollama.emulator.sim.CostModel.LoadOptions;
import io.oeml.ollama.emulator.sim.CostModel.MemoryPlan;
import io.oeml.ollama.emulator.sim.CostModel.Timings;

/** The cost and correctness formulas of README.md behave as documented. */
class CostModelTest {

    private static final InstalledModel LLAMA = SeedCatalog.load().stream().map(SeedCatalog.Seed::model)
            .filter(m -> m.name().equals("llama3.1:8b")).findFirst().orElseThrow();
    private final CostModel gpu = new CostModel(EmulatedHardware.workstation());
    private final CostModel cpu = new CostModel(EmulatedHardware.cpuOnly());

    private static LoadOptions options(int ctx, int batch, int numGpu, int threads) {
        return new LoadOptions(ctx, batch, numGpu, threads, null, null);
    }

    @Test
    void memoryPlanFollowsContextAndGpu() throws Exception {
        MemoryPlan small = gpu.plan(LLAMA, options(4096, 0, -1, 0), 0, 0);
        assertEquals(33, small.gpuLayers(), "all 32 layers + output fit in 8 GiB");
        assertEquals(small.size(), small.sizeVram());
        assertEquals(4096L * 131072, small.kvBytes(), "128 KiB of f16 KV per token");
        MemoryPlan big = gpu.plan(LLAMA, options(32768, 0, -1, 0), 0, 0);
        assertTrue(big.gpuLayers() < 33 && big.gpuLayers() > 0, "partial offload: " + big.gpuLayers());
        assertTrue(big.sizeVram() < big.size());
        assertEquals(4096, CostModel.contextLength(LLAMA.spec(), 0), "default num_ctx");
        assertEquals(131072, CostModel.contextLength(LLAMA.spec(), 1 << 20), "capped at the trained context");
        MemoryPlan onCpu = cpu.plan(LLAMA, options(4096, 0, -1, 0), 0, 0);
        assertEquals(0, onCpu.gpuLayers());
        assertEquals(0, onCpu.sizeVram());
        CostModel.LoadFailure f = assertThrows(CostModel.LoadFailure.class,
                () -> gpu.plan(LLAMA, options(131072, 0, 33, 0), 0, 0));
        assertEquals("memory layout cannot be allocated with num_gpu = 33", f.getMessage());
    }

    @Test
    void timingsRespondToThreadsBatchAndOffload() throws Exception {
        MemoryPlan p = cpu.plan(LLAMA, options(4096, 512, -1, 0), 0, 0);
        Timings one = cpu.timings(LLAMA, p, false, 1, 100, 100, 1);
        Timings eight = cpu.timings(LLAMA, p, false, 8, 100, 100, 1);
        Timings sixteen = cpu.timings(LLAMA, p, false, 16, 100, 100, 1);
        double speedup = (double) one.evalNs() / eight.evalNs();
        assertEquals(3.9, speedup, 0.1, "1 - e^(-T/4): 1 → 8 threads, like llama-bench's 4.05 → 16.7 t/s");
        assertTrue(sixteen.evalNs() > eight.evalNs(), "oversubscribing 8 cores slows generation");
        MemoryPlan b64 = cpu.plan(LLAMA, options(4096, 64, -1, 0), 0, 0);
        MemoryPlan b1024 = cpu.plan(LLAMA, options(4096, 1024, -1, 0), 0, 0);
        assertTrue(cpu.timings(LLAMA, b64, false, 0, 500, 1, 1).promptNs()
                > 1.5 * cpu.timings(LLAMA, b1024, false, 0, 500, 1, 1).promptNs());
        MemoryPlan full = gpu.plan(LLAMA, options(4096, 512, -1, 0), 0, 0);
        double tps = 100 / (gpu.timings(LLAMA, full, false, 0, 10, 100, 1).evalNs() / 1e9);
        assertTrue(tps > 50 && tps < 80, "≈ 300 GB/s over 4.9 GB of weights: " + tps);
        Timings load = gpu.timings(LLAMA, full, true, 0, 10, 10, 1);
        assertTrue(load.loadNs() > 2_000_000_000L, "weights read at 2 GB/s");
        assertEquals(CostModel.WARM_LOAD_NS, gpu.timings(LLAMA, full, false, 0, 10, 10, 1).loadNs());
    }

    @Test
    void correctnessPeaksAtTheOptimumAndFallsToTheFloor() {
        CorrectnessModel c = CorrectnessModel.defaults();
        assertEquals(0.845, c.probability(0.845, 0.3, 0.8), 1e-12, "at the optimum: the model's benchmark score");
        assertEquals(0.05, c.probability(0.845, 2.0, 0.05), 0.001, "far away: the floor");
        assertTrue(c.probability(0.845, 0.0, 0.8) > c.probability(0.845, 0.8, 0.8));
        assertEquals(0.845, CorrectnessModel.skill(LLAMA.spec(), "gsm8k"), 1e-12, "llama3.1:8b GSM8K 84.5");
        assertEquals(0.694, CorrectnessModel.skill(LLAMA.spec(), "mmlu"), 1e-12);
    }
}
