package io.oeml.finetune.hyperparameters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.oeml.finetune.hyperparameters.HyperparameterResolver;
import io.oeml.finetune.hyperparameters.Hyperparameters;

class PresetResourceTest {

    private final PresetResource resource = new PresetResource();

    @Test
    void listsTheSeedsThreePresetsInOrder() {
        assertThat(resource.list().presets()).extracting(Hyperparameters::preset)
                .containsExactly("efficient", "balanced", "high_quality");
    }

    @Test
    void eachPresetHasTheValuesAJobCreatedWithItsNameGets() {
        assertThat(resource.list().presets())
                .allSatisfy(preset -> assertThat(HyperparameterResolver.resolve(preset.preset())).isEqualTo(preset));
    }

    @Test
    void namesBalancedAsTheDefault() {
        assertThat(resource.list().defaultPreset()).isEqualTo("balanced");
    }
}
