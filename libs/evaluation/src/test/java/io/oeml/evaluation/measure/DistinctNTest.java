package io.oeml.evaluation.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class DistinctNTest {

    @Test
    void answersWithoutARepeatedWordScoreOne() {
        assertThat(DistinctN.of(List.of("the sea is blue", "a red moon"), 1)).isEqualTo(1);
    }

    @Test
    void distinctOneIsUniqueWordsOverAllWords() {
        // words: the cat the cat sat = 5, unique: the, cat, sat = 3
        assertThat(DistinctN.of(List.of("The cat, the cat sat."), 1)).isCloseTo(3 / 5.0, within(1e-12));
    }

    @Test
    void distinctTwoCountsWordPairs() {
        // pairs: (the cat) (cat the) (the cat) (cat sat) = 4, unique 3
        assertThat(DistinctN.of(List.of("the cat the cat sat"), 2)).isCloseTo(3 / 4.0, within(1e-12));
    }

    @Test
    void theSameReplyToEveryPromptLowersIt() {
        assertThat(DistinctN.of(List.of("I do not know", "I do not know"), 2)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aPairNeverSpansTwoAnswers() {
        assertThat(DistinctN.of(List.of("sea", "moon"), 2)).isZero();
    }

    @Test
    void noWordsAtAllScoreZero() {
        assertThat(DistinctN.of(List.of("", "!!!"), 1)).isZero();
    }
}
