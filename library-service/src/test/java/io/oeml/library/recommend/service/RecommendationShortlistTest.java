package io.oeml.library.recommend.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.Placement;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.SizeClass;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.catalog.service.TestCatalogs;
import io.oeml.library.estimate.service.FitCalculator;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.recommend.model.TaskType;
import io.oeml.library.recommend.service.RecommendationService.Candidate;
import io.oeml.library.recommend.service.RecommendationService.Recommendation;

/**
 * On a 10,000-model catalog (copies of the shipped rows, so every rank is tied many times over) the shortlist answers
 * exactly what estimating every model and sorting them all answers, for every task and size on each host.
 */
class RecommendationShortlistTest {

    private static final long GB = 1_000_000_000L;
    private static final CatalogIndex CATALOG = new CatalogIndex();
    private static final FitCalculator FIT = new FitCalculator();
    private static final RecommendationService SERVICE = new RecommendationService(CATALOG, FIT);

    @BeforeAll
    static void fleetScaleCatalog() {
        CATALOG.replace(TestCatalogs.copies(TestCatalogs.shipped(), 10_000));
    }

    static Stream<KnownHost> hosts() {
        return Stream.of(
                host("cpu-12gb-no-bandwidth", List.of(), 12 * GB, null, null, null, null, null),
                host("cpu-2gb", List.of(), 2 * GB, 20.0, Era.B, null, null, null),
                host("cpu-100mb", List.of(), 100_000_000L, 20.0, Era.C, null, null, null),
                host("gpu8", List.of(gpu("cuda", 8 * GB, 7_600_000_000L, 448.0)), 28 * GB, 60.0, Era.A, null, null, null),
                host("gpu24", List.of(gpu("cuda", 24 * GB, 23_500_000_000L, 1008.0)), 60 * GB, 60.0, Era.C, 2, KvCacheType.Q8_0, 8192),
                host("two-mixed-gpus", List.of(gpu("cuda", 24 * GB, 20 * GB, 1008.0), gpu("rocm", 12 * GB, 11 * GB, null)),
                        8 * GB, 50.0, Era.B, 4, KvCacheType.Q4_0, 32768),
                host("metal", List.of(gpu("metal", 32 * GB, 24 * GB, 400.0)), 6 * GB, 400.0, Era.A, null, null, 2048),
                host("slow-ram", List.of(), 256 * GB, 8.0, Era.C, null, null, null));
    }

    @ParameterizedTest
    @MethodSource("hosts")
    void theShortlistAnswersWhatEstimatingAndSortingEveryModelAnswers(KnownHost host) {
        List<MemoryEstimate> estimates = CATALOG.entries().stream()
                .map(entry -> FIT.estimate(entry, host, EstimateOptions.defaults())).toList();
        List<SizeClass> sizes = new ArrayList<>(Arrays.asList(SizeClass.values()));
        sizes.add(null);
        int answered = 0;
        for (TaskType task : TaskType.values()) {
            for (SizeClass size : sizes) {
                List<Recommendation> expected = everyModelSorted(task, size, host, estimates);
                assertEquals(expected, SERVICE.recommend(task, size, host), task + " " + size + " on " + host.hostId());
                answered += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(answered > 0 || host.hostId().equals("cpu-100mb"), "some model fits " + host.hostId());
    }

    /** The plain path: every model with the capability and size that fits, estimated and sorted by rank then name. */
    private static List<Recommendation> everyModelSorted(TaskType task, SizeClass size, KnownHost host,
            List<MemoryEstimate> estimates) {
        List<Candidate> candidates = new ArrayList<>();
        List<CatalogEntry> entries = CATALOG.entries();
        for (int i = 0; i < entries.size(); i++) {
            CatalogEntry entry = entries.get(i);
            MemoryEstimate estimate = estimates.get(i);
            if (entry.facts().capabilities().stream().anyMatch(c -> c.equalsIgnoreCase(task.requiredCapability()))
                    && (size == null || entry.sizeClass() == size) && estimate.placement() != Placement.DOES_NOT_FIT) {
                candidates.add(RecommendationService.candidate(task, entry, i, estimate, host));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::rank).reversed().thenComparing(c -> c.entry().name()));
        return RecommendationService.recommendations(task, candidates, host);
    }

    private static KnownHost host(String id, List<GpuDevice> gpus, long ramFree, Double ramBandwidth, Era era,
            Integer numParallel, KvCacheType kvCacheType, Integer contextLength) {
        HostHardware hardware = new HostHardware(id, gpus, ramFree * 2, ramFree, ramBandwidth, 0);
        return new KnownHost(id, id, "test", hardware, era, numParallel, kvCacheType, contextLength, List.of(), List.of(),
                Instant.EPOCH, false);
    }

    private static GpuDevice gpu(String library, long total, long free, Double bandwidth) {
        return new GpuDevice(library + " GPU", library, total, free, bandwidth);
    }
}
