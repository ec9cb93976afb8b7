package io.oeml.evaluation.measure;

import static io.oeml.evaluation.measure.Fixtures.scored;
import static io.oeml.evaluation.measure.Fixtures.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class NoiseFigureTest {

    @Test
    void identicalRoundsHaveNoNoise() {
        List<PromptResult> round = List.of(scored(1, 1), scored(0, 1));

        NoiseFigure noise = NoiseFigure.of(List.of(round, round, round));

        assertThat(noise).isEqualTo(new NoiseFigure(2, 3, 0, 0));
    }

    @Test
    void qualityNoiseIsTheSampleStandardDeviationOfTheRoundsQuality() {
        // round qualities 1, 0.5, 0: mean 0.5, sample variance (0.25 + 0 + 0.25) / 2
        NoiseFigure noise = NoiseFigure.of(List.of(List.of(scored(1, 1), scored(1, 1)),
                List.of(scored(1, 1), scored(0, 1)), List.of(scored(0, 1), scored(0, 1))));

        assertThat(noise.qualityStddev()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void latencyNoiseIsTheSampleStandardDeviationOfTheRoundsMeanLatency() {
        NoiseFigure noise = NoiseFigure.of(List.of(List.of(timed(100, 0, 5, 90, 9)), List.of(timed(120, 0, 5, 110, 9))));

        assertThat(noise.latencyStddevMs()).isCloseTo(Math.sqrt(200), within(1e-9));
    }

    @Test
    void oneRoundCannotMeasureNoise() {
        assertThatThrownBy(() -> NoiseFigure.of(List.of(List.of(scored(1, 1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
