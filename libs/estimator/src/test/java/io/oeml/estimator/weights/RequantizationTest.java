package io.oeml.estimator.weights;

import static io.oeml.estimator.ReferenceModels.llama31;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.oeml.estimator.MissingArchitectureFactsException;
import io.oeml.estimator.UnsupportedQuantizationException;
import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.ModelSpec;

/** A model at another quantization than the one it was described at. */
class RequantizationTest {

    @Test
    void anotherQuantizationRebuildsTheTensorsForIt() {
        assertThat(SynthesizedWeights.withQuantization(llama31("Q4_K_M"), "q8_0")).isEqualTo(llama31("Q8_0"));
    }

    @Test
    void theModelsOwnQuantizationKeepsItsWeights() {
        ModelSpec model = llama31("Q4_K_M");
        assertThat(SynthesizedWeights.withQuantization(model, "Q4_K_M")).isSameAs(model);
        assertThat(SynthesizedWeights.withQuantization(model, null)).isSameAs(model);
    }

    @Test
    void anUnknownQuantizationIsRefused() {
        assertThatThrownBy(() -> SynthesizedWeights.withQuantization(llama31("Q4_K_M"), "Q7_X"))
                .isInstanceOf(UnsupportedQuantizationException.class).hasMessageContaining("Q4_K_M");
    }

    @Test
    void incompleteFactsNameWhatIsMissing() {
        Architecture noFfn = new Architecture("llama", 32, 4096, 32, 8, 128, 128, 128256, 0, 0, 0, 0, 0);
        ModelSpec model = new ModelSpec("partial", "Q4_K_M", noFfn, SynthesizedWeights.fromDownloadSize(4_900_000_000L, 32),
                0, 0, 0);
        assertThat(SynthesizedWeights.canRequantize(model, "Q8_0")).isFalse();
        assertThatThrownBy(() -> SynthesizedWeights.withQuantization(model, "Q8_0"))
                .isInstanceOfSatisfying(MissingArchitectureFactsException.class,
                        e -> assertThat(e.missing()).containsExactly("feed_forward_length"));
    }
}
