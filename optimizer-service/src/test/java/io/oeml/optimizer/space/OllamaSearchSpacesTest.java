package io.oeml.optimizer.space;

import static io.oeml.optimizer.space.Hosts.GIB;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.oeml.estimator.model.Era;
import io.oeml.evaluation.suite.ModelType;
import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.Parameter;

class OllamaSearchSpacesTest {

    @ParameterizedTest(name = "{0}: temperature [{1}, {2}], top_k [{3}, {4}]")
    @CsvSource({"general, 0.1, 1.2, 10, 100", "code, 0.0, 0.4, 10, 60", "creative, 0.7, 1.6, 40, 200",
            "analysis, 0.0, 0.7, 10, 80"})
    void eachModelTypeSearchesItsDocumentedSamplingRanges(String type, double tempLow, double tempHigh,
            int topKLow, int topKHigh) {
        SpaceReport report = space(type, Hosts.big(Hosts.LLAMA_1B));

        assertThat(parameter(report, "temperature")).isEqualTo(new FloatParameter("temperature", tempLow, tempHigh, false));
        assertThat(parameter(report, "top_k")).isEqualTo(new IntParameter("top_k", topKLow, topKHigh, true));
    }

    @Test
    void aBigHostKeepsEveryContextChoiceOfTheType() {
        assertThat(contexts(space("general", Hosts.big(Hosts.LLAMA_1B))))
                .containsExactly("2048", "4096", "8192", "16384", "32768");
    }

    @Test
    void aSmallCpuHostKeepsOnlyTheContextsThatFitItsMemoryAndSaysSo() {
        SpaceReport report = space("general", Hosts.small(Hosts.LLAMA_1B));

        assertThat(contexts(report)).containsExactly("2048", "4096", "8192");
        assertThat(report.bounds()).anySatisfy(bound -> assertThat(bound)
                .startsWith("num_ctx: [16384, 32768] left out: they do not fit the host"));
    }

    @Test
    void theTrainedContextCapsTheContextChoices() {
        SpaceReport report = space("analysis", Hosts.big(Hosts.LLAMA_1B_8K));

        assertThat(contexts(report)).containsExactly("4096", "8192");
        assertThat(report.bounds()).contains("num_ctx: [16384, 32768, 65536, 131072] left out: above the model's "
                + "trained context 8192");
    }

    @Test
    void aHostWithoutGpuLeavesNumGpuOutAndReportsWhy() {
        SpaceReport report = space("general", Hosts.small(Hosts.LLAMA_1B));

        assertThat(report.searches("num_gpu")).isFalse();
        assertThat(report.leftOut()).anySatisfy(left -> assertThat(left.option()).isEqualTo("num_gpu"));
    }

    @Test
    void aGpuThatHoldsTheWholeModelAllowsEveryLayerAndTheOutputLayer() {
        assertThat(parameter(space("general", Hosts.big(Hosts.LLAMA_1B)), "num_gpu"))
                .isEqualTo(new IntParameter("num_gpu", 0, 17, false));
    }

    @Test
    void aSmallGpuBoundsNumGpuBelowTheLayerCount() {
        SpaceReport report = space("general", Hosts.facts(Hosts.LLAMA_1B, Hosts.withGpu(4 * GIB, 16 * GIB), 8, Era.C));

        assertThat(((IntParameter) parameter(report, "num_gpu")).high()).isEqualTo(8);
        assertThat(report.bounds()).anySatisfy(bound -> assertThat(bound).startsWith("num_gpu: at most"));
    }

    @Test
    void aGpuTooSmallForAnyLayerAtTheLargestContextLeavesNumGpuOut() {
        SpaceReport report = space("general", Hosts.facts(Hosts.LLAMA_1B, Hosts.withGpu(2 * GIB, 16 * GIB), 8, Era.C));

        assertThat(report.leftOut()).contains(new LeftOutOption("num_gpu", "no layer fits the GPUs at num_ctx 32768"));
    }

    @Test
    void numThreadGoesUpToTheHostsThreads() {
        assertThat(parameter(space("code", Hosts.big(Hosts.LLAMA_1B)), "num_thread"))
                .isEqualTo(new IntParameter("num_thread", 1, 16, false));
    }

    @Test
    void anEraWhoseEngineIgnoresRepeatPenaltyLeavesItOutAndReportsIt() {
        SpaceReport report = space("general", Hosts.facts(Hosts.GEMMA3_1B, Hosts.cpuOnly(16 * GIB), 4, Era.B));

        assertThat(report.searches("repeat_penalty")).isFalse();
        assertThat(report.leftOut()).anySatisfy(left -> {
            assertThat(left.option()).isEqualTo("repeat_penalty");
            assertThat(left.reason()).contains("Ollama engine");
        });
    }

    @Test
    void currentOllamaSearchesRepeatPenaltyForTheSameModel() {
        assertThat(space("general", Hosts.facts(Hosts.GEMMA3_1B, Hosts.cpuOnly(16 * GIB), 4, Era.C))
                .searches("repeat_penalty")).isTrue();
    }

    @Test
    void serverWideKvCacheTypeAndFlashAttentionAreReportedNotSearched() {
        SpaceReport report = space("general", Hosts.big(Hosts.LLAMA_1B));

        assertThat(report.leftOut()).extracting(LeftOutOption::option).contains("kv_cache_type", "flash_attention");
        assertThat(report.space().parameters()).extracting(Parameter::name)
                .containsExactly("temperature", "top_p", "top_k", "min_p", "repeat_penalty", "num_ctx", "num_batch",
                        "num_thread", "num_gpu");
    }

    private static SpaceReport space(String type, HostModelFacts facts) {
        return OllamaSearchSpaces.forModelType(ModelType.parse(type).orElseThrow(), facts);
    }

    private static Parameter parameter(SpaceReport report, String name) {
        return report.space().parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> contexts(SpaceReport report) {
        return ((CategoricalParameter) parameter(report, "num_ctx")).choices();
    }
}
