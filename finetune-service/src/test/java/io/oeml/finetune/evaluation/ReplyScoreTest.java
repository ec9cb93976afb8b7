package io.oeml.finetune.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReplyScoreTest {

    @Test
    void theSameWordsInAnyCaseAndPunctuationScoreOne() {
        assertThat(ReplyScore.f1("Paris.", "paris")).isEqualTo(1.0);
    }

    @Test
    void noWordInCommonScoresZero() {
        assertThat(ReplyScore.f1("Berlin", "Paris")).isZero();
    }

    @Test
    void aLongerReplyContainingTheAnswerScoresItsOverlap() {
        // common 1; precision 1/4, recall 1/1 → F1 = 2·0.25·1 / 1.25 = 0.4
        assertThat(ReplyScore.f1("The capital is Paris", "Paris")).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void aRepeatedWordCountsOnlyAsOftenAsExpected() {
        // common 1 ("paris" once in the answer); precision 1/2, recall 1 → 2/3
        assertThat(ReplyScore.f1("Paris Paris", "Paris")).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void anEmptyReplyToAnExpectedAnswerScoresZero() {
        assertThat(ReplyScore.f1("", "Paris")).isZero();
    }
}
