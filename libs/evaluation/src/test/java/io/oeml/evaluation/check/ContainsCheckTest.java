package io.oeml.evaluation.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainsCheckTest {

    @Test
    void passesWhenTheTextIsAnywhereInTheAnswer() {
        assertThat(new ContainsCheck("Paris", false).score("The capital of France is Paris.")).isEqualTo(1);
    }

    @Test
    void failsWhenTheTextIsAbsent() {
        assertThat(new ContainsCheck("Paris", false).score("It is Lyon.")).isZero();
    }

    @Test
    void isCaseSensitiveByDefault() {
        assertThat(new ContainsCheck("H2O", false).score("the formula is h2o")).isZero();
    }

    @Test
    void ignoresCaseWhenAsked() {
        assertThat(new ContainsCheck("paris", true).score("PARIS!")).isEqualTo(1);
    }
}
