package io.oeml.evaluation.measure;

import static io.oeml.evaluation.measure.Fixtures.scored;
import static io.oeml.evaluation.measure.Fixtures.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrialMetricsTest {

    @Test
    void qualityIsTheWeightedMeanOfThePromptScores() {
        TrialMetrics m = TrialMetrics.of("m", List.of(scored(1, 3), scored(0, 1)), List.of(), null, null);

        assertThat(m.quality()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aSuiteMeasureCountsLikeAPromptOfItsWeight() {
        TrialMetrics m = TrialMetrics.of("m", List.of(scored(1, 1)), List.of(new MeasureResult("distinct-2", 0.5, 1)),
                null, null);

        assertThat(m.quality()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void throughputIsAllGeneratedTokensOverAllGenerationTime() {
        TrialMetrics m = TrialMetrics.of("m", List.of(timed(200, 0, 10, 100, 10), timed(400, 0, 10, 300, 50)),
                List.of(), null, null);

        assertThat(m.tokensPerSecond()).isCloseTo(60 * 1000.0 / 400, within(1e-9));
    }

    @Test
    void latencyLeavesTheLoadOutAndReportsItApart() {
        LatencyFigures l = LatencyFigures.of(List.of(timed(900, 600, 40, 200, 10), timed(300, 0, 20, 250, 10)));

        assertThat(l.totalMs()).isEqualTo(600);
        assertThat(l.meanMs()).isEqualTo(300);
        assertThat(l.loadMs()).isEqualTo(600);
        assertThat(l.meanTtftMs()).isEqualTo(30);
    }

    @Test
    void anEstimateFillsOnlyAMissingMeasurementAndSaysSo() {
        TrialMetrics unmeasured = TrialMetrics.of("m", List.of(scored(1, 1)), List.of(), null, null);
        MemoryFigure measured = new MemoryFigure(143_762_688, 0L, MemoryFigure.Source.MEASURED);
        TrialMetrics withMeasured = TrialMetrics.of("m", List.of(scored(1, 1)), List.of(), measured, null);

        assertThat(unmeasured.withEstimatedMemory(150_000_000).memory())
                .isEqualTo(new MemoryFigure(150_000_000, null, MemoryFigure.Source.ESTIMATED));
        assertThat(withMeasured.withEstimatedMemory(150_000_000).memory()).isEqualTo(measured);
    }
}
