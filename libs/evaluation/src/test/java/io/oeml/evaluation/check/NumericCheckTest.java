package io.oeml.evaluation.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumericCheckTest {

    @Test
    void theLastNumberOfTheAnswerIsTheOneCompared() {
        assertThat(new NumericCheck(42, 0).score("17 + 25 = 42")).isEqualTo(1);
        assertThat(new NumericCheck(17, 0).score("17 + 25 = 42")).isZero();
    }

    @Test
    void aNumberWithinTheTolerancePasses() {
        assertThat(new NumericCheck(3.14, 0.01).score("pi is about 3.1416")).isEqualTo(1);
    }

    @Test
    void aNumberOutsideTheToleranceFails() {
        assertThat(new NumericCheck(3.14, 0.001).score("pi is about 3.2")).isZero();
    }

    @Test
    void thousandsSeparatorsAndSignsAreRead() {
        assertThat(new NumericCheck(1024, 0).score("It is 1,024 bytes.")).isEqualTo(1);
        assertThat(new NumericCheck(-5, 0).score("The result is -5.")).isEqualTo(1);
    }

    @Test
    void anAnswerWithoutANumberFails() {
        assertThat(new NumericCheck(7, 0).score("seven")).isZero();
    }
}
