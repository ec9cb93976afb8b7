package io.oeml.optimizer.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;

class CustomSpaceTest {

    private static final CustomParameter TEMPERATURE = numeric("temperature", "float", 0.1, 0.9);

    @Test
    void aValidSpaceBecomesTypedParametersAndTypedFixedOptions() {
        CustomSpace space = CustomSpace.of(List.of(TEMPERATURE, new CustomParameter("num_batch", "int", 64.0, 1024.0,
                true, null), categorical("num_ctx", "2048", "8192")), Map.of("top_k", 40, "use_mmap", false));

        assertThat(space.space().parameters()).containsExactly(new FloatParameter("temperature", 0.1, 0.9, false),
                new IntParameter("num_batch", 64, 1024, true), new CategoricalParameter("num_ctx", List.of("2048", "8192")));
        assertThat(space.fixed()).containsEntry("top_k", 40).containsEntry("use_mmap", false);
    }

    @Test
    void anUnknownOptionIsNamedWithTheKnownOnes() {
        assertThat(problems(List.of(numeric("temprature", "float", 0.1, 0.9)), Map.of()))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("parameters[0].name");
                    assertThat(problem.message()).contains("temprature", "known: temperature, top_p");
                });
    }

    @Test
    void aTypeTheOptionDoesNotTakeIsNamed() {
        assertThat(problems(List.of(numeric("num_ctx", "float", 2048.0, 8192.0)), Map.of()))
                .extracting(SpaceProblem::field).containsExactly("parameters[0].type");
    }

    @Test
    void aBoundOutsideTheDocumentedRangeIsNamed() {
        assertThat(problems(List.of(numeric("temperature", "float", 0.1, 3.0)), Map.of()))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("parameters[0].high");
                    assertThat(problem.message()).contains("[0.0, 2.0]");
                });
    }

    @Test
    void aMissingBoundIsNamed() {
        assertThat(problems(List.of(numeric("top_k", "int", 10.0, null)), Map.of()))
                .extracting(SpaceProblem::field).containsExactly("parameters[0].high");
    }

    @Test
    void aFractionalBoundOfAnIntegerOptionIsNamed() {
        assertThat(problems(List.of(numeric("top_k", "int", 10.5, 40.0)), Map.of()))
                .extracting(SpaceProblem::field).containsExactly("parameters[0].low");
    }

    @Test
    void aChoiceThatIsNotOfTheOptionsTypeIsNamed() {
        assertThat(problems(List.of(categorical("num_ctx", "4096", "big")), Map.of()))
                .extracting(SpaceProblem::field).containsExactly("parameters[0].choices[1]");
    }

    @Test
    void aBooleanOptionTakesOnlyTrueAndFalse() {
        assertThat(problems(List.of(categorical("use_mmap", "true", "maybe")), Map.of()))
                .extracting(SpaceProblem::field).containsExactly("parameters[0].choices[1]");
    }

    @Test
    void anOptionDefinedTwiceIsNamed() {
        assertThat(problems(List.of(TEMPERATURE, TEMPERATURE), Map.of()))
                .extracting(SpaceProblem::field).containsExactly("parameters[1].name");
    }

    @Test
    void aFixedOptionOfTheWrongTypeIsNamed() {
        assertThat(problems(List.of(TEMPERATURE), Map.of("num_ctx", 2.5)))
                .extracting(SpaceProblem::field).containsExactly("fixed.num_ctx");
    }

    @Test
    void anUnknownFixedOptionIsNamed() {
        assertThat(problems(List.of(TEMPERATURE), Map.of("mirostat", 1)))
                .extracting(SpaceProblem::field).containsExactly("fixed.mirostat");
    }

    @Test
    void anOptionBothSearchedAndFixedIsNamed() {
        assertThat(problems(List.of(TEMPERATURE), Map.of("temperature", 0.2)))
                .extracting(SpaceProblem::field).containsExactly("fixed.temperature");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(problems(List.of(numeric("temprature", "float", 0.1, 0.9), numeric("top_p", "float", 0.2, 1.5)),
                Map.of("num_ctx", "big")))
                .extracting(SpaceProblem::field)
                .containsExactlyInAnyOrder("parameters[0].name", "parameters[1].high", "fixed.num_ctx");
    }

    @Test
    void anEmptySpaceIsNamed() {
        assertThat(problems(List.of(), Map.of())).extracting(SpaceProblem::field).containsExactly("parameters");
    }

    private static List<SpaceProblem> problems(List<CustomParameter> parameters, Map<String, Object> fixed) {
        return catchThrowableOfType(InvalidCustomSpaceException.class, () -> CustomSpace.of(parameters, fixed))
                .problems();
    }

    private static CustomParameter numeric(String name, String type, Double low, Double high) {
        return new CustomParameter(name, type, low, high, null, null);
    }

    private static CustomParameter categorical(String name, String... choices) {
        return new CustomParameter(name, "categorical", null, null, null, List.of(choices));
    }
}
