package io.oeml.optimizer.search.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.util.RandomRegistry;
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
        List<Genotype<DoubleGene>> genotypes = RandomRegistry.with(new SplittableRandom(3),
                random -> genome.prototype().instances().limit(500).toList());

        for (Genotype<DoubleGene> genotype : genotypes) {
            Assignment assignment = genome.decode(genotype);
            assertThat(assignment.values().keySet())
                    .containsExactly("temperature", "kv_type", "min_p", "top_k", "num_ctx");
            assertThat((Double) assignment.get("temperature")).isBetween(0.0, 2.0);
            assertThat((String) assignment.get("kv_type")).isIn("f16", "q8_0", "q4_0");
            assertThat((Double) assignment.get("min_p")).isBetween(1e-4, 0.5);
            assertThat((Integer) assignment.get("top_k")).isBetween(1, 100);
            assertThat((Integer) assignment.get("num_ctx")).isBetween(512, 8192);
        }
    }

    @Test
    void orderedParametersShareOneChromosomeAndCategoricalsAnother() {
        Genotype<DoubleGene> prototype = new Genome(MIXED).prototype();

        assertThat(prototype.length()).isEqualTo(2);
        assertThat(prototype.get(0).length()).isEqualTo(4);
        assertThat(prototype.get(1).length()).isEqualTo(1);
    }

    @Test
    void aLogScaleFloatIsSpreadEvenlyOverItsDecades() {
        Genome genome = new Genome(new SearchSpace(List.of(new FloatParameter("lr", 1e-4, 1.0, true))));
        List<Genotype<DoubleGene>> genotypes = RandomRegistry.with(new SplittableRandom(5),
                random -> genome.prototype().instances().limit(4000).toList());

        long belowOneThousandth = genotypes.stream().map(genome::decode)
                .filter(assignment -> (Double) assignment.get("lr") < 1e-3).count();

        assertThat(belowOneThousandth).isBetween(900L, 1100L);
    }
}
