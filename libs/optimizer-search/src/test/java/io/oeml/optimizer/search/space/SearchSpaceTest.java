package io.oeml.optimizer.search.space;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchSpaceTest {

    @Test
    void aFloatWithLowNotBelowHighIsRefusedByName() {
        assertThatThrownBy(() -> new FloatParameter("temperature", 2, 1, false))
                .isInstanceOf(InvalidSpaceException.class)
                .hasMessage("parameter 'temperature': low (2.0) must be below high (1.0)");
    }

    @Test
    void aLogScaleFloatNeedsAPositiveLowBound() {
        assertThatThrownBy(() -> new FloatParameter("min_p", 0, 1, true))
                .hasMessage("parameter 'min_p': a log-scale parameter needs low > 0, not 0.0");
    }

    @Test
    void aFloatBoundMustBeFinite() {
        assertThatThrownBy(() -> new FloatParameter("top_p", 0, Double.POSITIVE_INFINITY, false))
                .hasMessage("parameter 'top_p': bounds must be finite numbers");
    }

    @Test
    void anIntegerWithLowAboveHighIsRefused() {
        assertThatThrownBy(() -> new IntParameter("top_k", 10, 1, false))
                .hasMessage("parameter 'top_k': low (10) must not be above high (1)");
    }

    @Test
    void aLogScaleIntegerNeedsAPositiveLowBound() {
        assertThatThrownBy(() -> new IntParameter("num_ctx", 0, 8192, true))
                .hasMessage("parameter 'num_ctx': a log-scale parameter needs low > 0, not 0");
    }

    @Test
    void aCategoricalNeedsAChoice() {
        assertThatThrownBy(() -> new CategoricalParameter("kv_cache_type", List.of()))
                .hasMessage("parameter 'kv_cache_type': needs at least one choice");
    }

    @Test
    void aCategoricalsChoicesMustBeDistinct() {
        assertThatThrownBy(() -> new CategoricalParameter("kv_cache_type", List.of("f16", "q8_0", "f16")))
                .hasMessage("parameter 'kv_cache_type': choices must be distinct, got [f16, q8_0, f16]");
    }

    @Test
    void aParameterNeedsAName() {
        assertThatThrownBy(() -> new IntParameter(" ", 1, 2, false))
                .hasMessage("a parameter needs a non-blank name");
    }

    @Test
    void aSpaceNeedsAParameter() {
        assertThatThrownBy(() -> new SearchSpace(List.of()))
                .hasMessage("a search space needs at least one parameter");
    }

    @Test
    void aSpaceRefusesTwoParametersOfOneName() {
        assertThatThrownBy(() -> new SearchSpace(List.of(
                new FloatParameter("temperature", 0, 1, false),
                new IntParameter("temperature", 0, 1, false))))
                .hasMessage("parameter 'temperature': defined twice");
    }
}
