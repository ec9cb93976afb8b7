package io.oeml.optimizer.search.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class StrategySettingsTest {

    @Test
    void anIntegerOptionIsReadOrDefaulted() {
        StrategySettings settings = new StrategySettings(50, 1, 0, Map.of("eta", "4"));

        assertThat(settings.intOption("eta", 3)).isEqualTo(4);
        assertThat(settings.intOption("max_budget", 27)).isEqualTo(27);
    }

    @Test
    void anIntegerOptionThatIsNotAnIntegerIsRefusedByName() {
        StrategySettings settings = new StrategySettings(50, 1, 0, Map.of("eta", "three"));

        assertThatThrownBy(() -> settings.intOption("eta", 3)).hasMessage("option 'eta' must be an integer, got 'three'");
    }

    @Test
    void aBudgetBelowOneTrialIsRefused() {
        assertThatThrownBy(() -> new StrategySettings(0, 1)).hasMessage("trial budget must be at least 1, got 0");
    }
}
