package io.oeml.optimizer.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ModelfileExportTest {

    @Test
    void theModelfileIsFromThenOneParameterLinePerOptionInOrder() {
        Modelfile modelfile = ModelfileExport.of("llama3.2:1b", ordered("temperature", 0.7, "top_k", 40,
                "num_ctx", 4096));

        assertThat(modelfile.text()).isEqualTo("""
                FROM llama3.2:1b
                PARAMETER temperature 0.7
                PARAMETER top_k 40
                PARAMETER num_ctx 4096
                """);
        assertThat(modelfile.skipped()).isEmpty();
    }

    @Test
    void aFloatIsWrittenInPlainDecimalNotation() {
        Modelfile modelfile = ModelfileExport.of("m", ordered("min_p", 0.00001, "repeat_penalty", 1.0,
                "top_p", 0.912345678901));

        assertThat(modelfile.parameters()).extracting(ModelfileParameter::text)
                .containsExactly("0.00001", "1", "0.912345678901");
    }

    @Test
    void anIntegerOptionIsWrittenWithoutAFractionWhateverFormItCameIn() {
        Modelfile modelfile = ModelfileExport.of("m", ordered("num_ctx", 8192.0, "num_batch", "256", "num_gpu", 0));

        assertThat(modelfile.parameters()).containsExactly(
                new ModelfileParameter("num_ctx", 8192, "8192"),
                new ModelfileParameter("num_batch", 256, "256"),
                new ModelfileParameter("num_gpu", 0, "0"));
    }

    @Test
    void aBooleanOptionIsWrittenAsTrueOrFalse() {
        assertThat(ModelfileExport.of("m", ordered("use_mmap", "false")).parameters())
                .containsExactly(new ModelfileParameter("use_mmap", false, "false"));
    }

    @Test
    void aValueNotOfTheOptionsTypeIsSkippedWithTheReason() {
        Modelfile modelfile = ModelfileExport.of("m", ordered("num_ctx", 2048.5, "temperature", 0.2));

        assertThat(modelfile.text()).isEqualTo("FROM m\nPARAMETER temperature 0.2\n");
        assertThat(modelfile.skipped()).containsExactly(
                new SkippedParameter("num_ctx", 2048.5, "not a value of type int, as num_ctx takes"));
    }

    @Test
    void aNameOllamaDoesNotKnowIsSkippedBecauseCreateWouldFail() {
        Modelfile modelfile = ModelfileExport.of("m", ordered("mirostat", 2, "x", 0.5));

        assertThat(modelfile.parameters()).isEmpty();
        assertThat(modelfile.skipped()).extracting(SkippedParameter::name).containsExactly("mirostat", "x");
        assertThat(modelfile.skipped()).allSatisfy(skipped -> assertThat(skipped.reason())
                .contains("not an option of current Ollama", "unknown parameter '" + skipped.name() + "'"));
    }

    @Test
    void anOllamaOptionTheServiceDoesNotSetIsSkippedAndSaysSo() {
        assertThat(ModelfileExport.of("m", ordered("seed", 42)).skipped()).containsExactly(new SkippedParameter(
                "seed", 42, "an Ollama option this service neither searches nor fixes, so its type is not checked here"));
    }

    @Test
    void theValuesForApiCreateAreTheWrittenOnesTyped() {
        Modelfile modelfile = ModelfileExport.of("m", ordered("num_ctx", "4096", "temperature", 0.3, "mirostat", 1));

        assertThat(modelfile.values()).containsExactly(Map.entry("num_ctx", 4096), Map.entry("temperature", 0.3));
    }

    @Test
    void aBaseModelThatCannotStandOnTheFromLineIsRefused() {
        assertThatThrownBy(() -> ModelfileExport.of("llama3.2\nPARAMETER x", Map.of()))
                .isInstanceOf(InvalidModelNameException.class)
                .extracting(e -> ((InvalidModelNameException) e).field()).isEqualTo("from");
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }
}
