package io.oeml.evaluation.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExactCheckTest {

    @Test
    void passesTheSameTextAroundWhitespaceAndAClosingFullStop() {
        assertThat(new ExactCheck("Paris", false).score("  Paris.\n")).isEqualTo(1);
    }

    @Test
    void failsALongerAnswerThatOnlyContainsTheText() {
        assertThat(new ExactCheck("Paris", false).score("The capital is Paris.")).isZero();
    }

    @Test
    void caseCountsUnlessIgnored() {
        assertThat(new ExactCheck("Paris", false).score("paris")).isZero();
        assertThat(new ExactCheck("Paris", true).score("PARIS")).isEqualTo(1);
    }

    @Test
    void innerWhitespaceRunsCountAsOneSpace() {
        assertThat(new ExactCheck("New York", false).score("New \t York")).isEqualTo(1);
    }
}
