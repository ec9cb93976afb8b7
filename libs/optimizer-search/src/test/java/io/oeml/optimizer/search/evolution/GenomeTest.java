package io.oeml.optimizer.search.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.SearchSpace;

class GenomeTest {

    private static final SearchSpace MIXED = new SearchSpace(List.of(
            new FloatParameter("temperature", 0.0, 2.0, false),
            new CategoricalParameter("kv_type", List.of("f16", "q8_0", "q4_0")),
            new FloatParameter("min_p", 1e-4, 0.5, true),
            new IntParameter("top_k", 1, 100, false),
            new IntParameter("num_ctx", 512, 8192, true)));

    @Test
    void decodedGenotypesHaveEachParametersTypeAndStayInItsBounds() {
        Genome genome = new Genome(MIXED);
        SplittableRandom random = new SplittableRandom(3);
        List<double[]> points = new ArrayList<>(List.of(new double[5], filled(Math.nextDown(1.0))));
        random.doubles().limit(500).forEach(u -> points.add(new double[] {u, 1 - u, u, 1 - u, u}));

        for (double[] point : points) {
            Assignment assignment = genome.decode(genome.encode(point));
            assertThat(assignment.values().keySet())
                    .containsExactly("temperature", "kv_type", "min_p", "top_k", "num_ctx");
            assertThat((Double) assignment.get("temperature")).isBetween(0.0, 2.0);
            assertThat((String) assignment.get("kv_type")).isIn("f16", "q8_0", "q4_0");
            assertThat((Double) assignment.get("min_p")).isBetween(1e-4, 0.5);
            assertThat((Integer) assignment.get("top_k")).isBetween(1, 100);
            assertThat((Integer) assignment.get("num_ctx")).isBetween(512, 8192);
        }
    }

    private static double[] filled(double value) {
        double[] point = new double[5];
        Arrays.fill(point, value);
        return point;
    }

    @Test
    void orderedParametersShareOneChromosomeAndCategoricalsAnother() {
        Genotype<DoubleGene> genotype = new Genome(MIXED).encode(new double[] {0.1, 0.2, 0.3, 0.4, 0.5});

        assertThat(genotype.length()).isEqualTo(2);
        assertThat(genotype.get(0)).extracting(DoubleGene::doubleValue).containsExactly(0.1, 0.3, 0.4, 0.5);
        assertThat(genotype.get(1)).extracting(DoubleGene::doubleValue).containsExactly(0.2);
    }

    @Test
    void aLogScaleFloatIsSpreadEvenlyOverItsDecades() {
        Genome genome = new Genome(new SearchSpace(List.of(new FloatParameter("lr", 1e-4, 1.0, true))));
        long belowOneThousandth = new SplittableRandom(5).doubles().limit(4000)
                .mapToObj(u -> genome.decode(genome.encode(new double[] {u})))
                .filter(assignment -> (Double) assignment.get("lr") < 1e-3).count();

        assertThat(belowOneThousandth).isBetween(900L, 1100L);
    }
}
