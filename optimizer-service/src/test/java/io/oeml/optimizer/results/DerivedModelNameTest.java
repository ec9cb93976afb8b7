package io.oeml.optimizer.results;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DerivedModelNameTest {

    private static final String BASE = "llama3.2:1b";

    @ParameterizedTest
    @ValueSource(strings = {"llama3.2-tuned", "team/llama3.2-tuned:q4", "my_model:v1.2", "_x1"})
    void aLocalOllamaModelNameIsAccepted(String name) {
        assertThatCode(() -> DerivedModelName.requireValid(name, BASE)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "has space", "-leading", "team.x/model", "registry:5000/team/model",
            "model:", "model:-tag", "a..b", "model\nFROM x"})
    void aNameOllamaWouldRefuseIsInvalid(String name) {
        assertThatThrownBy(() -> DerivedModelName.requireValid(name, BASE))
                .isInstanceOf(InvalidModelNameException.class).hasMessageStartingWith("model_name: ");
    }

    @Test
    void aPartLongerThanEightyCharactersIsInvalid() {
        assertThatCode(() -> DerivedModelName.requireValid("m".repeat(80), BASE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DerivedModelName.requireValid("m".repeat(81), BASE))
                .isInstanceOf(InvalidModelNameException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama3.2:1b", "LLAMA3.2:1B"})
    void theBaseModelsOwnNameIsRefusedSoItIsNotReplaced(String name) {
        assertThatThrownBy(() -> DerivedModelName.requireValid(name, BASE))
                .isInstanceOf(InvalidModelNameException.class).hasMessageContaining("would replace the base model");
    }

    @ParameterizedTest
    @ValueSource(strings = {"smollm2", "smollm2:latest"})
    void anUntaggedNameIsTheLatestTag(String name) {
        assertThatThrownBy(() -> DerivedModelName.requireValid(name, "smollm2:latest"))
                .isInstanceOf(InvalidModelNameException.class);
    }
}
