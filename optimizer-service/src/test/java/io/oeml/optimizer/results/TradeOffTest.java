package io.oeml.optimizer.results;

import static io.oeml.optimizer.results.Trials.qualityAndLatency;
import static io.oeml.optimizer.results.Trials.withFigures;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.events.optimizer.TrialFigures;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.SearchSpace;

class TradeOffTest {

    private static final SearchSpace SPACE = new SearchSpace(List.of(new FloatParameter("temperature", 0, 1, false)));
    private static final List<String> QUALITY = List.of("maximize_quality");

    @Test
    void eachMeasuredTrialIsAPointWithItsQualityLatencyThroughputAndMemory() {
        TrialFigures figures = new TrialFigures(0.75, 420, 35, 51.5, 2_000_000_000L, TrialFigures.MEASURED, 0.01);

        List<TradeOffPoint> points = SessionResults.of(SPACE, QUALITY, List.of(withFigures(4, figures))).tradeOff();

        assertThat(points).containsExactly(new TradeOffPoint(4, true, 0.75, false, figures));
    }

    @Test
    void memoryKeepsTheLabelItCameWithAndMayBeAbsent() {
        List<TradeOffPoint> points = SessionResults.of(SPACE, QUALITY, List.of(
                withFigures(0, new TrialFigures(0.5, 300, 30, 40, 1_000L, TrialFigures.MEASURED, null)),
                withFigures(1, new TrialFigures(0.6, 300, 30, 40, 2_000L, TrialFigures.ESTIMATED, null)),
                withFigures(2, new TrialFigures(0.7, 300, 30, 40, null, null, null)))).tradeOff();

        assertThat(points).extracting(point -> point.figures().memorySource())
                .containsExactly(TrialFigures.MEASURED, TrialFigures.ESTIMATED, null);
        assertThat(points).extracting(point -> point.figures().memoryBytes()).containsExactly(1_000L, 2_000L, null);
    }

    @Test
    void aTrialWithoutFiguresIsNoPoint() {
        ResultTrial told = new ResultTrial(0, Map.of("x", 1.0), List.of(3.0), -3.0, true, null, null, Trials.DONE);

        assertThat(SessionResults.of(SPACE, QUALITY, List.of(told)).tradeOff()).isEmpty();
    }

    @Test
    void theFrontsTrialsAreMarkedInAMultiObjectiveSession() {
        List<TradeOffPoint> points = SessionResults.of(SPACE, List.of("maximize_quality", "minimize_latency"),
                List.of(qualityAndLatency(0, 0.9, 700, true), qualityAndLatency(1, 0.5, 800, true))).tradeOff();

        assertThat(points).extracting(TradeOffPoint::onFront).containsExactly(true, false);
    }
}
