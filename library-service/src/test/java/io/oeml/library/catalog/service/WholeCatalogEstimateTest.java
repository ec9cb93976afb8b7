package io.oeml.library.catalog.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.EstimateRequest;
import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.Placement;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.ModelFacts;

/** Every catalog model estimates on CPU, one GPU and two GPUs under each era, with sizes that add up. */
class WholeCatalogEstimateTest {

    private static final long GB = 1_000_000_000L;
    private static final List<HostHardware> HOSTS = List.of(
            new HostHardware("cpu", List.of(), 32 * GB, 30 * GB, 60.0, 0),
            new HostHardware("gpu8", List.of(new GpuDevice("a", "cuda", 8 * GB, 7 * GB, 448.0)), 32 * GB, 30 * GB, 60.0, 0),
            new HostHardware("gpu2x24", List.of(new GpuDevice("a", "cuda", 24 * GB, 23 * GB, 1008.0),
                    new GpuDevice("b", "cuda", 24 * GB, 23 * GB, 1008.0)), 128 * GB, 120 * GB, 80.0, 0));

    @ParameterizedTest
    @EnumSource(Era.class)
    void everyModelGetsAConsistentEstimateOnEveryHost(Era era) {
        for (ModelFacts facts : CatalogFixture.shippedCatalog()) {
            CatalogEntry entry = CatalogEntryFactory.create(facts);
            for (HostHardware host : HOSTS) {
                MemoryEstimate estimate = io.oeml.estimator.memory.MemoryEstimator.estimate(
                        EstimateRequest.of(entry.spec(), 8192, 1, KvCacheType.Q8_0, era, host));
                String what = facts.name() + " on " + host.hostId() + " era " + era;
                assertTrue(estimate.sizeBytes() > 0, what);
                assertTrue(estimate.sizeVramBytes() >= 0 && estimate.sizeVramBytes() <= estimate.sizeBytes(), what);
                assertTrue(estimate.cpuPercent() + estimate.gpuPercent() == 100, what);
                assertTrue(host.hasGpu() || estimate.placement() != Placement.FULL_GPU, what);
            }
        }
    }
}
