package io.oeml.evaluation.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BuiltInSuitesTest {

    @ParameterizedTest
    @EnumSource(ModelType.class)
    void eachModelTypeHasAValidSuiteOfEightToTwelvePrompts(ModelType type) {
        assertThat(BuiltInSuites.of(type).size()).isBetween(8, 12);
    }

    @ParameterizedTest
    @EnumSource(value = ModelType.class, names = "CREATIVE", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheCreativeSuiteWeighsInTheDiversityOfItsAnswers(ModelType type) {
        assertThat(BuiltInSuites.of(type).measures()).isEmpty();
        assertThat(BuiltInSuites.of(ModelType.CREATIVE).measures()).extracting(m -> m.name())
                .containsExactly("distinct-1", "distinct-2");
    }
}
