package io.oeml.library.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.oeml.estimator.memory.EstimateBound;
import io.oeml.estimator.memory.EstimateBound.HostLimits;
import io.oeml.estimator.memory.MemoryEstimator;
import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.EstimateRequest;
import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.Placement;
import io.oeml.library.catalog.model.CatalogEntry;

/**
 * The bound of every shipped model holds against its full estimate under every era, on hosts from a 2 GB box to two
 * mixed GPUs with a GPU overhead, at small and large contexts, slot counts and KV types.
 */
class EstimateBoundTest {

    private static final long GB = 1_000_000_000L;
    private static final List<HostHardware> HOSTS = List.of(
            new HostHardware("cpu-no-bandwidth", List.of(), 24 * GB, 12 * GB, null, 0),
            new HostHardware("cpu-2gb", List.of(), 4 * GB, 2 * GB, 20.0, 0),
            new HostHardware("gpu8", List.of(gpu("cuda", 8 * GB, 7 * GB, 448.0)), 16 * GB, 12 * GB, 60.0, 0),
            new HostHardware("gpu24", List.of(gpu("cuda", 24 * GB, 23_500_000_000L, 1008.0)), 64 * GB, 60 * GB, 60.0, 0),
            new HostHardware("mixed-with-overhead", List.of(gpu("cuda", 24 * GB, 23 * GB, 1008.0), gpu("rocm", 12 * GB, 11 * GB, null)),
                    32 * GB, 8 * GB, 50.0, 512L << 20),
            new HostHardware("metal", List.of(gpu("metal", 32 * GB, 24 * GB, 400.0)), 32 * GB, 6 * GB, 400.0, 0),
            new HostHardware("tiny-gpu", List.of(gpu("vulkan", 2 * GB, 1_500_000_000L, 200.0)), 4 * GB, 2 * GB, null, 0));
    private static final List<Cell> CASES = new ArrayList<>();

    private record Cell(String what, EstimateBound bound, HostLimits host, MemoryEstimate estimate) {
    }

    @BeforeAll
    static void estimateEverything() {
        for (CatalogEntry entry : TestCatalogs.shipped()) {
            EstimateBound bound = EstimateBound.of(entry.spec());
            for (HostHardware host : HOSTS) {
                for (Era era : Era.values()) {
                    add(entry, bound, host, EstimateRequest.of(entry.spec(), 4096, 1, KvCacheType.F16, era, host));
                    add(entry, bound, host, EstimateRequest.of(entry.spec(), 2048, 2, KvCacheType.Q8_0, era, host));
                    add(entry, bound, host, EstimateRequest.of(entry.spec(), 32768, 4, KvCacheType.Q4_0, era, host));
                }
            }
        }
    }

    private static void add(CatalogEntry entry, EstimateBound bound, HostHardware host, EstimateRequest request) {
        String what = entry.name() + " on " + host.hostId() + " era " + request.era() + " num_ctx " + request.numCtx() + " x"
                + request.numParallel() + " " + request.kvCacheType();
        CASES.add(new Cell(what, bound, HostLimits.of(host), MemoryEstimator.estimate(request)));
    }

    @Test
    void noEstimateIsSmallerThanTheMinimumSize() {
        for (Cell cell : CASES) {
            assertTrue(cell.estimate().sizeBytes() >= cell.bound().minimumSizeBytes(), cell.what());
        }
    }

    @Test
    void noEstimateKeepsLessInSystemMemoryThanTheGpusCannotHold() {
        for (Cell cell : CASES) {
            assertTrue(cell.estimate().systemMemoryBytes() >= cell.bound().minimumSystemBytes(cell.host()), cell.what());
        }
    }

    @Test
    void aFullGpuLoadNeedsAtLeastTheMinimumSizeFree() {
        for (Cell cell : CASES) {
            if (cell.estimate().placement() == Placement.FULL_GPU) {
                assertTrue(cell.estimate().requiredFreeVramBytes() >= cell.bound().minimumSizeBytes(), cell.what());
            }
        }
    }

    @Test
    void aModelThatCannotFitIsEstimatedNotToFit() {
        long pruned = 0;
        for (Cell cell : CASES) {
            if (cell.bound().cannotFit(cell.host())) {
                assertEquals(Placement.DOES_NOT_FIT, cell.estimate().placement(), cell.what());
                pruned++;
            }
        }
        assertTrue(pruned > 0, "the hosts include some that large models cannot fit");
    }

    @Test
    void noEstimateIsFasterThanTheMaximumSpeed() {
        for (Cell cell : CASES) {
            Double expected = cell.estimate().decode().expectedTokensPerSecond();
            Double maximum = cell.bound().maximumExpectedTokensPerSecond(cell.host());
            if (maximum == null) {
                assertNull(expected, cell.what());
            } else if (expected != null) {
                assertTrue(expected <= maximum, cell.what() + ": " + expected + " > " + maximum);
            }
        }
    }

    private static GpuDevice gpu(String library, long total, long free, Double bandwidth) {
        return new GpuDevice(library + " GPU", library, total, free, bandwidth);
    }
}
