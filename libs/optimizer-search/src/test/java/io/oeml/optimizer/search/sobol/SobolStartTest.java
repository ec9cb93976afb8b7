package io.oeml.optimizer.search.sobol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.SearchSpace;

class SobolStartTest {

    private static final SearchSpace SQUARE = new SearchSpace(List.of(
            new FloatParameter("x", 0, 1, false), new FloatParameter("y", 0, 1, false)));

    @Test
    void theFirstSixteenPointsFillEveryCellOfAFourByFourGrid() {
        SobolStart start = new SobolStart(SQUARE, 5);
        Set<Integer> cells = new HashSet<>();
        for (int i = 0; i < 16; i++) {
            double[] point = start.unitPoint(i);
            cells.add((int) (point[0] * 4) * 4 + (int) (point[1] * 4));
        }

        assertThat(cells).hasSize(16);
    }

    @Test
    void seedsScrambleTheSequenceDifferently() {
        assertThat(new SobolStart(SQUARE, 1).unitPoint(3)).isNotEqualTo(new SobolStart(SQUARE, 2).unitPoint(3));
    }

    @Test
    void aCategoricalTakesEveryChoiceInTheFirstPoints() {
        SearchSpace space = new SearchSpace(List.of(new CategoricalParameter("kv", List.of("f16", "q8_0", "q4_0"))));
        SobolStart start = new SobolStart(space, 9);
        Set<Object> choices = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            choices.add(start.point(i).get("kv"));
        }

        assertThat(choices).containsExactlyInAnyOrder("f16", "q8_0", "q4_0");
    }

    @Test
    void theStartIsAFifthOfTheBudgetBetweenTwoAndTen() {
        assertThat(List.of(SobolStart.size(5), SobolStart.size(40), SobolStart.size(100))).containsExactly(2, 8, 10);
    }
}
