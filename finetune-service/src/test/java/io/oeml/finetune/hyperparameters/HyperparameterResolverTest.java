package io.oeml.finetune.hyperparameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HyperparameterResolverTest {

    @Test
    void thePresetsAreTheSeedsValuesWithTheDocumentedDefaults() {
        assertThat(HyperparameterResolver.resolve("efficient"))
                .isEqualTo(new Hyperparameters("efficient", 2e-5, 2, 2, 50, 256, 0.1, 42, 0, null));
        assertThat(HyperparameterResolver.resolve("balanced"))
                .isEqualTo(new Hyperparameters("balanced", 1e-5, 4, 3, 100, 256, 0.1, 42, 0, null));
        assertThat(HyperparameterResolver.resolve("high_quality"))
                .isEqualTo(new Hyperparameters("high_quality", 5e-6, 8, 5, 200, 256, 0.1, 42, 0, null));
    }

    @Test
    void noHyperparametersMeansBalanced() {
        assertThat(HyperparameterResolver.resolve(null)).isEqualTo(HyperparameterPreset.BALANCED.resolved());
        assertThat(HyperparameterResolver.resolve(" ")).isEqualTo(HyperparameterPreset.BALANCED.resolved());
    }

    @Test
    void aJsonObjectOverridesItsPresetKeyByKey() {
        assertThat(HyperparameterResolver.resolve(
                "{\"preset\": \"efficient\", \"epochs\": 4, \"context_window\": 512, \"max_steps\": 30}"))
                .isEqualTo(new Hyperparameters("custom", 2e-5, 2, 4, 50, 512, 0.1, 42, 0, 30));
    }

    @Test
    void aJsonObjectWithoutPresetStartsFromBalanced() {
        assertThat(HyperparameterResolver.resolve("{\"learning_rate\": 3e-5}"))
                .isEqualTo(new Hyperparameters("custom", 3e-5, 4, 3, 100, 256, 0.1, 42, 0, null));
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"learning_rate\": -0.0001}|learning_rate",
            "{\"learning_rate\": 0}|learning_rate",
            "{\"batch_size\": \"4\"}|batch_size",
            "{\"batch_size\": 2.5}|batch_size",
            "{\"epochs\": 0}|epochs",
            "{\"warmup_steps\": -1}|warmup_steps",
            "{\"context_window\": 300}|context_window",
            "{\"validation_split\": 0.9}|validation_split",
            "{\"weight_decay\": -0.1}|weight_decay",
            "{\"max_steps\": 0}|max_steps",
            "{\"preset\": \"fast\"}|preset",
            "{\"lr\": 0.0001}|lr"})
    void aBadValueIsRefusedNamingItsKey(String json, String key) {
        assertThatThrownBy(() -> HyperparameterResolver.resolve(json))
                .isInstanceOf(InvalidHyperparametersException.class)
                .hasMessageStartingWith("parameter 'hyperparameters': ")
                .hasMessageContaining(key);
    }

    @Test
    void malformedJsonIsRefusedAsNotJson() {
        assertThatThrownBy(() -> HyperparameterResolver.resolve("{\"epochs\": 3"))
                .isInstanceOf(InvalidHyperparametersException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void anUnknownPresetIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> HyperparameterResolver.resolve("turbo"))
                .isInstanceOf(InvalidHyperparametersException.class)
                .hasMessageContaining("unknown preset 'turbo'").hasMessageContaining("efficient, balanced, high_quality");
    }
}
