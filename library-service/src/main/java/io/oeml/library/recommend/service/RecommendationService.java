package io.oeml.library.recommend.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.estimator.memory.EstimateBound;
import io.oeml.estimator.memory.EstimateBound.HostLimits;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.Placement;
import io.oeml.library.benchmark.service.HostMeasurements;
import io.oeml.library.benchmark.service.MeasuredPerformance;
import io.oeml.library.benchmark.service.MeasuredSpeed;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.SizeClass;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.compatibility.model.FitView;
import io.oeml.library.compatibility.service.CompatibilityScore;
import io.oeml.library.estimate.service.FitCalculator;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.recommend.model.TaskType;
import io.oeml.library.recommend.service.TaskCandidates.Prospect;
import io.oeml.library.units.Gigabytes;
import io.oeml.library.web.SeedFields;

/**
 * Ranks the models that fit a host for a task: rank = 0.8·quality + 0.15·speed + 0.05·comfort, where quality is the
 * task's weighted category score (0 when unpublished), speed = min(1, expected tokens/s ÷ 30) and comfort =
 * min(1, share of the memory pool left after loading ÷ 0.2). Quality dominates; speed and headroom separate near-equals
 * and demote models that fit but crawl. What was measured on the host comes ahead: a benchmark's decode speed, else an
 * optimizer session's, replaces the estimated speed, and an optimizer session's quality, latency and speed lead the
 * reasoning. Quality stays the published score: a session's suite score is not the same test for every model.
 */
@ApplicationScoped
public class RecommendationService {

    static final double QUALITY_WEIGHT = 0.8;
    static final double SPEED_WEIGHT = 0.15;
    static final double COMFORT_WEIGHT = 0.05;
    /** Share of the memory pool left free that earns full comfort credit. */
    static final double COMFORTABLE_HEADROOM = 0.2;
    /** Tokens/s at which decoding outpaces reading; faster earns no more speed credit. */
    static final double INTERACTIVE_TOKENS_PER_SECOND = 30;
    static final int LIMIT = 5;
    /** The recommended models plus the one the last of them is compared with. */
    static final int SHORTLIST = LIMIT + 1;
    static final Comparator<Candidate> RANKING = (a, b) -> order(a.rank(), a.entry().name(), a.position(), b);

    private final CatalogIndex catalog;
    private final FitCalculator fit;
    private volatile TaskCandidates candidates = new TaskCandidates(List.of());

    public RecommendationService(CatalogIndex catalog, FitCalculator fit) {
        this.catalog = catalog;
        this.fit = fit;
    }

    public List<Recommendation> recommend(TaskType task, SizeClass preferredSize, KnownHost host) {
        return recommend(task, preferredSize, host, HostMeasurements.NONE);
    }

    /** As above, ranking by the host's measured decode speed where one was measured, ahead of the estimate. */
    public List<Recommendation> recommend(TaskType task, SizeClass preferredSize, KnownHost host, HostMeasurements measurements) {
        return recommendations(task, shortlist(task, preferredSize, host, measurements), host);
    }

    /**
     * The first {@link #SHORTLIST} of "estimate every model with the task's capability and size that fits, sort by rank",
     * without estimating most of them. Prospects come best quality first; one is estimated only when the best rank its
     * weights allow on this host (its quality with the speed and comfort its bound permits) could still enter the
     * shortlist, and the walk ends when no lower quality can.
     */
    List<Candidate> shortlist(TaskType task, SizeClass preferredSize, KnownHost host, HostMeasurements measurements) {
        HostLimits limits = HostLimits.of(host.hardware());
        // a measured speed is not bounded by the bandwidth: with any on the host, every prospect may get full speed credit
        boolean measured = measurements.anyMeasured();
        double bestSpeed = speed(limits.fastestBandwidthGbps() == null && !measured ? null : Double.POSITIVE_INFINITY);
        PriorityQueue<Candidate> kept = new PriorityQueue<>(RANKING.reversed());
        for (Prospect prospect : prospects(task)) {
            Candidate last = kept.size() == SHORTLIST ? kept.peek() : null;
            if (last != null && rank(prospect.quality(), bestSpeed, 1) < last.rank()) {
                break;
            }
            if (preferredSize != null && prospect.entry().sizeClass() != preferredSize || prospect.bound().cannotFit(limits)) {
                continue;
            }
            if (last != null && order(measured ? rank(prospect.quality(), 1, 1) : bestRank(prospect, limits),
                    prospect.entry().name(), prospect.position(), last) > 0) {
                continue;
            }
            MemoryEstimate estimate = fit.estimate(prospect.entry(), host, EstimateOptions.defaults());
            if (estimate.placement() == Placement.DOES_NOT_FIT) {
                continue;
            }
            kept.add(candidate(task, prospect.entry(), prospect.position(), estimate, host,
                    measurements.measured(prospect.entry(), estimate.effectiveNumCtx()).orElse(null),
                    measurements.performance(prospect.entry(), task.optimizerModelType()).orElse(null)));
            if (kept.size() > SHORTLIST) {
                kept.poll();
            }
        }
        List<Candidate> ranked = new ArrayList<>(kept);
        ranked.sort(RANKING);
        return ranked;
    }

    private List<Prospect> prospects(TaskType task) {
        List<CatalogEntry> entries = catalog.entries();
        TaskCandidates current = candidates;
        if (!current.isOf(entries)) {
            current = new TaskCandidates(entries);
            candidates = current;
        }
        return current.forTask(task);
    }

    /** The rank with the fastest speed and the most headroom the prospect's weights allow on the host. */
    private static double bestRank(Prospect prospect, HostLimits host) {
        EstimateBound bound = prospect.bound();
        double headroom = Math.max(CompatibilityScore.headroom(bound.minimumSizeBytes(), host.gpuFreeBytes()),
                CompatibilityScore.headroom(bound.minimumSystemBytes(host), host.ramFreeBytes()));
        return rank(prospect.quality(), speed(bound.maximumExpectedTokensPerSecond(host)), comfort(headroom));
    }

    /** The recommendations of a ranked list: its first {@link #LIMIT}, each compared with the one after it. */
    static List<Recommendation> recommendations(TaskType task, List<Candidate> candidates, KnownHost host) {
        List<Recommendation> recommendations = new ArrayList<>();
        for (int i = 0; i < Math.min(LIMIT, candidates.size()); i++) {
            Candidate current = candidates.get(i);
            List<String> alternatives = candidates.stream().filter(c -> c != current).limit(3).map(c -> c.entry().name()).toList();
            Candidate next = i + 1 < candidates.size() ? candidates.get(i + 1) : null;
            recommendations.add(new Recommendation(current.entry().name(), confidence(current), reasoning(task, current, host),
                    current.performance(), current.quality() == null ? null : round(current.quality()), alternatives,
                    tradeOffs(current, next),
                    round(current.rank()), FitView.of(host.hostId(), current.estimate()), current.speedBasis(),
                    current.measured()));
        }
        return recommendations;
    }

    static Candidate candidate(TaskType task, CatalogEntry entry, int position, MemoryEstimate estimate, KnownHost host) {
        return candidate(task, entry, position, estimate, host, null, null);
    }

    /**
     * @param measured the host's benchmarked speed of the model, which ranks ahead of the estimate; null when none
     * @param performance the host's optimizer result for the model, whose speed ranks when no benchmark has one; null when none
     */
    static Candidate candidate(TaskType task, CatalogEntry entry, int position, MemoryEstimate estimate, KnownHost host,
            MeasuredSpeed measured, MeasuredPerformance performance) {
        Double quality = quality(task, entry);
        double speed = speed(measuredTokensPerSecond(measured, performance, estimate));
        double headroom = estimate.placement() == Placement.FULL_GPU
                ? CompatibilityScore.headroom(estimate.requiredFreeVramBytes(), host.hardware().gpuFreeBytes())
                : CompatibilityScore.headroom(estimate.systemMemoryBytes(), host.hardware().ramFreeBytes());
        return new Candidate(entry, position, estimate, quality, speed, headroom, rank(quality, speed, comfort(headroom)),
                measured, performance);
    }

    /** A benchmark's decode speed, else an optimizer session's, else the estimate (null when unknown). */
    private static Double measuredTokensPerSecond(MeasuredSpeed measured, MeasuredPerformance performance,
            MemoryEstimate estimate) {
        return measured != null ? Double.valueOf(measured.decodeTokensPerSecond())
                : performance != null ? Double.valueOf(performance.tokensPerSecond())
                : estimate.decode().expectedTokensPerSecond();
    }

    // rank, speed and comfort are monotone in their inputs, so bounded inputs give a bounded rank, rounding included
    private static double rank(Double quality, double speed, double comfort) {
        return QUALITY_WEIGHT * (quality == null ? 0 : quality) + SPEED_WEIGHT * speed + COMFORT_WEIGHT * comfort;
    }

    private static double speed(Double tokensPerSecond) {
        return tokensPerSecond == null ? 0 : Math.min(1, tokensPerSecond / INTERACTIVE_TOKENS_PER_SECOND);
    }

    private static double comfort(double headroom) {
        return Math.min(1, headroom / COMFORTABLE_HEADROOM);
    }

    /** Ranking order (higher rank first, then name, then catalog position) of a rank, name and position against a candidate. */
    private static int order(double rank, String name, int position, Candidate other) {
        int byRank = Double.compare(other.rank(), rank);
        if (byRank != 0) {
            return byRank;
        }
        int byName = name.compareTo(other.entry().name());
        return byName != 0 ? byName : Integer.compare(position, other.position());
    }

    /** Weighted mean of the task's category scores that are published; null when none is. */
    static Double quality(TaskType task, CatalogEntry entry) {
        double sum = 0;
        double weights = 0;
        for (Map.Entry<Category, Double> weight : task.weights().entrySet()) {
            Double score = entry.score(weight.getKey());
            if (score != null) {
                sum += score * weight.getValue();
                weights += weight.getValue();
            }
        }
        return weights == 0 ? null : sum / weights;
    }

    /**
     * Evidence behind the pick: published quality (0.4, half when only some of the task's categories are scored),
     * placement (full GPU 0.3, partial 0.15, CPU 0.1), known speed (0.15), catalog confidence high 0.15 / medium 0.08.
     */
    private static double confidence(Candidate candidate) {
        double confidence = 0;
        if (candidate.quality() != null) {
            confidence += 0.4;
        }
        confidence += switch (candidate.estimate().placement()) {
            case FULL_GPU -> 0.3;
            case PARTIAL_OFFLOAD -> 0.15;
            default -> 0.1;
        };
        if (candidate.tokensPerSecond() != null) {
            confidence += 0.15;
        }
        String stated = candidate.entry().facts().facts().stream().filter(f -> f.name().equals("confidence"))
                .map(f -> String.valueOf(f.value())).findFirst().orElse("");
        confidence += stated.equals("high") ? 0.15 : stated.equals("medium") ? 0.08 : 0;
        return round(confidence);
    }

    private static String reasoning(TaskType task, Candidate candidate, KnownHost host) {
        StringBuilder text = new StringBuilder();
        CatalogEntry entry = candidate.entry();
        if (candidate.performance() != null) {
            text.append(candidate.performance().summary()).append("; published: ");
        }
        if (candidate.quality() == null) {
            text.append("no published benchmark for ").append(task.wireName()).append(" (quality counted as 0)");
        } else {
            text.append(task.wireName()).append(" quality ").append(round(candidate.quality())).append(" from ");
            List<String> parts = new ArrayList<>();
            task.weights().keySet().stream().sorted().forEach(category -> {
                var score = entry.scores().get(category);
                if (score.known()) {
                    parts.add(category.wireName() + " " + score.score() + " (" + String.join(", ", score.benchmarks()) + ")");
                }
            });
            text.append(String.join(" and ", parts));
        }
        if (task == TaskType.TRANSLATION) {
            text.append("; no multilingual benchmark in the catalog, MMLU stands in");
        }
        FitView fitView = FitView.of(host.hostId(), candidate.estimate());
        text.append("; on ").append(host.hostId()).append(": ").append(fitView.processor()).append(", ")
                .append(fitView.sizeGb()).append(" GB at num_ctx ").append(fitView.numCtx()).append(" (era ")
                .append(fitView.era()).append(")");
        Double tps = fitView.expectedTokensPerSecond();
        MeasuredSpeed measured = candidate.measured();
        text.append(measured != null ? "; " + Math.round(measured.decodeTokensPerSecond()) + " tokens/s measured ("
                + measured.model() + " at num_ctx " + measured.numCtx() + ")"
                : candidate.performance() != null ? "; " + Math.round(candidate.performance().tokensPerSecond())
                        + " tokens/s measured (optimizer session " + candidate.performance().sessionId() + ")"
                : tps == null ? "; speed unknown (bandwidth not reported)" : "; about " + Math.round(tps) + " tokens/s expected");
        text.append(String.format(Locale.ROOT, "; %.0f %% of the memory pool left free", candidate.headroom() * 100));
        return text.toString();
    }

    private static String tradeOffs(Candidate current, Candidate next) {
        if (next == null) {
            return "no other model fits this host for this task";
        }
        List<String> parts = new ArrayList<>();
        if (current.quality() != null && next.quality() != null) {
            parts.add(String.format(Locale.ROOT, "quality %+.3f", current.quality() - next.quality()));
        }
        parts.add(String.format(Locale.ROOT, "memory %.1f GB vs %.1f GB", Gigabytes.of(current.estimate().sizeBytes()),
                Gigabytes.of(next.estimate().sizeBytes())));
        Double a = current.tokensPerSecond();
        Double b = next.tokensPerSecond();
        if (a != null && b != null) {
            parts.add(String.format(Locale.ROOT, "speed %.0f vs %.0f tokens/s", a, b));
        }
        return "compared with " + next.entry().name() + ": " + String.join(", ", parts);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** @param position index in the catalog snapshot (the stable sort's last tie-break) */
    record Candidate(CatalogEntry entry, int position, MemoryEstimate estimate, Double quality, double speed, double headroom,
            double rank, MeasuredSpeed measured, MeasuredPerformance performance) {

        /** The measured decode speed when a benchmark or an optimizer session has one, else the estimate (null when unknown). */
        Double tokensPerSecond() {
            return measuredTokensPerSecond(measured, performance, estimate);
        }

        String speedBasis() {
            return measured != null || performance != null ? MeasuredSpeed.MEASURED
                    : tokensPerSecond() != null ? "estimated" : "unknown";
        }
    }

    /**
     * @param measuredPerformance the host's optimizer result for the model (its suite's quality, latency, time to first
     *                            token and speed with the best parameters, session id and objective), null when none
     * @param expectedPerformance the task quality score (published benchmarks), null when none is published
     * @param rankScore the ranking score the list is sorted by
     * @param speedBasis {@code measured} (a benchmark or an optimizer session on the host), {@code estimated} (memory
     *                   bandwidth) or {@code unknown}
     * @param measuredSpeed the benchmark behind a measured speed, else null
     */
    @SeedFields
    public record Recommendation(String modelName, double confidenceScore, String reasoning,
            MeasuredPerformance measuredPerformance, Double expectedPerformance,
            List<String> alternatives, String tradeOffs, double rankScore, FitView fit, String speedBasis,
            MeasuredSpeed measuredSpeed) {
    }
}
