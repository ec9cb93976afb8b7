package io.oeml.optimizer.search.bayes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.SearchSpace;

class MixedEncodingTest {

    private final MixedEncoding encoding = new MixedEncoding(new SearchSpace(List.of(
            new IntParameter("top_k", 1, 4, false),
            new IntParameter("num_ctx", 512, 8192, true),
            new CategoricalParameter("kv", List.of("f16", "q8_0", "q4_0")))));

    @Test
    void everyPointOfAnIntegersBinLooksTheSameToTheModel() {
        assertThat(encoding.snap(new double[] {0.26, 0.5, 0})[0])
                .isEqualTo(encoding.snap(new double[] {0.49, 0.5, 0})[0])
                .isEqualTo(0.375);
    }

    @Test
    void aCategoricalIsItsChoiceIndex() {
        assertThat(encoding.snap(new double[] {0, 0, 0.9})[2]).isEqualTo(2);
    }

    @Test
    void decodingAnEncodedAssignmentGivesItBack() {
        Assignment assignment = Assignment.builder().put("top_k", 3).put("num_ctx", 3000).put("kv", "q8_0").build();

        assertThat(encoding.decode(encoding.encode(assignment))).isEqualTo(assignment);
    }

    @Test
    void anIntegerMovesOneValueAndByTheStepAndACategoricalToEachOtherChoice() {
        double[] x = encoding.encode(
                Assignment.builder().put("top_k", 1).put("num_ctx", 3000).put("kv", "q8_0").build());

        assertThat(encoding.neighbours(x, 0, 0.1)).extracting(point -> encoding.decode(point).get("top_k"))
                .containsExactly(2);
        assertThat(encoding.neighbours(x, 1, 0.1)).extracting(point -> encoding.decode(point).get("num_ctx"))
                .containsExactlyInAnyOrder(2999, 3001, 2273, 3959);
        assertThat(encoding.neighbours(x, 2, 0.1)).extracting(point -> encoding.decode(point).get("kv"))
                .containsExactly("f16", "q4_0");
    }
}
