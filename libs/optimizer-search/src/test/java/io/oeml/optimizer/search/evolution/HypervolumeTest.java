package io.oeml.optimizer.search.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class HypervolumeTest {

    @Test
    void aTwoObjectiveStaircaseCoversTheSumOfItsColumns() {
        List<double[]> front = List.of(new double[] {1, 3}, new double[] {2, 2}, new double[] {3, 1});

        assertThat(Hypervolume.of(front, new double[] {4, 4})).isCloseTo(1 + 2 + 3, within(1e-12));
    }

    @Test
    void threeObjectiveBoxesCountTheirOverlapOnce() {
        // Three 1x2x2 boxes: 3*4 - 3*2 (pairwise overlaps) + 1 (common corner) = 7.
        List<double[]> front = List.of(new double[] {1, 0, 0}, new double[] {0, 1, 0}, new double[] {0, 0, 1});

        assertThat(Hypervolume.of(front, new double[] {2, 2, 2})).isCloseTo(7, within(1e-12));
    }

    @Test
    void aDominatedPointAddsNothing() {
        List<double[]> front = List.of(new double[] {1, 3}, new double[] {2, 2}, new double[] {3, 1});
        List<double[]> withDominated = List.of(new double[] {1, 3}, new double[] {2, 2}, new double[] {3, 1},
                new double[] {2.5, 2.5});

        assertThat(Hypervolume.of(withDominated, new double[] {4, 4}))
                .isEqualTo(Hypervolume.of(front, new double[] {4, 4}));
    }

    @Test
    void pointsNotBelowTheReferenceInEveryObjectiveAreIgnored() {
        List<double[]> front = List.of(new double[] {1, 1}, new double[] {0, 5}, new double[] {4, 0});

        assertThat(Hypervolume.of(front, new double[] {4, 4})).isCloseTo(9, within(1e-12));
    }
}
