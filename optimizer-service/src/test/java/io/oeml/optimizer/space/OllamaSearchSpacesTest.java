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
    void each_model_type_searches_its_documented_sampling_ranges(String type, double tempLow, double tempHigh,
            int topKLow, int topKHigh) {
        SpaceReport report = space(type, Hosts.big(Hosts.LLAMA_1B));

        assertThat(parameter(report, "temperature")).isEqualTo(new FloatParameter("temperature", tempLow, tempHigh, false));
        assertThat(parameter(report, "top_k")).isEqualTo(new IntParameter("top_k", topKLow, topKHigh, true));
    }

    @Test
    void a_big_host_keeps_every_context_choice_of_the_type() {
        assertThat(contexts(space("general", Hosts.big(Hosts.LLAMA_1B))))
                .containsExactly("2048", "4096", "8192", "16384", "32768");
    }

    @Test
    void a_small_cpu_host_keeps_only_the_contexts_that_fit_its_memory_and_says_so() {
        SpaceReport report = space("general", Hosts.small(Hosts.LLAMA_1B));

        assertThat(contexts(report)).isNotEmpty().doesNotContain("32768");
        assertThat(report.bounds()).anySatisfy(bound -> assertThat(bound).startsWith("num_ctx:").contains("32768"));
    }

    @Test
    void the_trained_context_caps_the_context_choices() {
        assertThat(contexts(space("analysis", Hosts.big(Hosts.LLAMA_1B_8K)))).containsExactly("4096", "8192");
    }

    @Test
    void a_host_without_gpu_leaves_num_gpu_out_and_reports_why() {
        SpaceReport report = space("general", Hosts.small(Hosts.LLAMA_1B));

        assertThat(report.searches("num_gpu")).isFalse();
        assertThat(report.leftOut()).anySatisfy(left -> assertThat(left.option()).isEqualTo("num_gpu"));
    }

    @Test
    void a_gpu_that_holds_the_whole_model_allows_every_layer_and_the_output_layer() {
        assertThat(parameter(space("general", Hosts.big(Hosts.LLAMA_1B)), "num_gpu"))
                .isEqualTo(new IntParameter("num_gpu", 0, 17, false));
    }

    @Test
    void a_small_gpu_bounds_num_gpu_below_the_layer_count() {
        SpaceReport report = space("general", Hosts.facts(Hosts.LLAMA_1B, Hosts.withGpu(4 * GIB, 16 * GIB), 8, Era.C));

        assertThat(((IntParameter) parameter(report, "num_gpu")).high()).isEqualTo(8);
        assertThat(report.bounds()).anySatisfy(bound -> assertThat(bound).startsWith("num_gpu: at most"));
    }

    @Test
    void a_gpu_too_small_for_any_layer_at_the_largest_context_leaves_num_gpu_out() {
        SpaceReport report = space("general", Hosts.facts(Hosts.LLAMA_1B, Hosts.withGpu(2 * GIB, 16 * GIB), 8, Era.C));

        assertThat(report.leftOut()).contains(new LeftOutOption("num_gpu", "no layer fits the GPUs at num_ctx 32768"));
    }

    @Test
    void num_thread_goes_up_to_the_hosts_threads() {
        assertThat(parameter(space("code", Hosts.big(Hosts.LLAMA_1B)), "num_thread"))
                .isEqualTo(new IntParameter("num_thread", 1, 16, false));
    }

    @Test
    void an_era_whose_engine_ignores_repeat_penalty_leaves_it_out_and_reports_it() {
        SpaceReport report = space("general", Hosts.facts(Hosts.GEMMA3_1B, Hosts.cpuOnly(16 * GIB), 4, Era.B));

        assertThat(report.searches("repeat_penalty")).isFalse();
        assertThat(report.leftOut()).anySatisfy(left -> {
            assertThat(left.option()).isEqualTo("repeat_penalty");
            assertThat(left.reason()).contains("Ollama engine");
        });
    }

    @Test
    void current_ollama_searches_repeat_penalty_for_the_same_model() {
        assertThat(space("general", Hosts.facts(Hosts.GEMMA3_1B, Hosts.cpuOnly(16 * GIB), 4, Era.C))
                .searches("repeat_penalty")).isTrue();
    }

    @Test
    void server_wide_kv_cache_type_and_flash_attention_are_reported_not_searched() {
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
