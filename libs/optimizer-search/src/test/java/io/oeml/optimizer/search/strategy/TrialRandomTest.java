package io.oeml.optimizer.search.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrialRandomTest {

    @Test
    void theGeneratorOfATrialDependsOnlyOnSeedNumberAndStream() {
        assertThat(TrialRandom.forTrial(42, 7, 1).nextLong()).isEqualTo(TrialRandom.forTrial(42, 7, 1).nextLong());
    }

    @Test
    void neighbouringTrialsSeedsAndStreamsGetDifferentGenerators() {
        long base = TrialRandom.derive(42, 7, 1);

        assertThat(TrialRandom.derive(42, 8, 1)).isNotEqualTo(base);
        assertThat(TrialRandom.derive(43, 7, 1)).isNotEqualTo(base);
        assertThat(TrialRandom.derive(42, 7, 2)).isNotEqualTo(base);
    }
}
