package io.oeml.evaluation.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RegexCheckTest {

    private static final String FUNCTION = "Here you go:\n```python\ndef add(a, b):\n    return a + b\n```";

    @Test
    void passesWhenThePatternIsFoundAnywhere() {
        assertThat(new RegexCheck(Pattern.compile("def\\s+add\\s*\\(a, b\\)")).score(FUNCTION)).isEqualTo(1);
    }

    @Test
    void failsWhenThePatternIsNotFound() {
        assertThat(new RegexCheck(Pattern.compile("def\\s+sub\\(")).score(FUNCTION)).isZero();
    }

    @Test
    void anchorsMatchTheWholeAnswerOnlyWhenWritten() {
        assertThat(new RegexCheck(Pattern.compile("(?s)^def.*$")).score(FUNCTION)).isZero();
    }

    @Test
    void aCatastrophicallyBacktrackingPatternScoresZeroWithinItsTimeLimit() {
        RegexCheck check = new RegexCheck(Pattern.compile("(a+)+b"));
        long start = System.nanoTime();

        double score = check.score("a".repeat(40));

        assertThat(score).isZero();
        assertThat((System.nanoTime() - start) / 1e6).isLessThan(RegexCheck.TIME_LIMIT.toMillis() * 5.0);
    }
}
