package io.oeml.optimizer.host.service;

import static io.oeml.optimizer.space.Hosts.GIB;
import static io.oeml.optimizer.space.Hosts.LLAMA_1B;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.ServerSettings;
import io.oeml.evaluation.suite.ModelType;
import io.oeml.ollama.client.model.ModelSummary;
import io.oeml.ollama.client.model.TagsResponse;
import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.space.CustomParameter;
import io.oeml.optimizer.space.CustomSpace;
import io.oeml.optimizer.space.Hosts;
import io.oeml.optimizer.space.LeftOutOption;
import io.oeml.optimizer.space.SpaceReport;

/** The planner's choices: candidates, who has the model, and the space that fits every host. */
class HostChoiceTest {

    private static final ServerSettings CURRENT = new ServerSettings(Era.C, 1, KvCacheType.F16, null);
    private static final CandidateHost LOCAL = host("local", "http://127.0.0.1:11434", Hosts.cpuOnly(16 * GIB), 8);

    @Test
    void theConfiguredOllamaJoinsTheFleetAsLocal() {
        CandidateHost gpuBox = host("gpu-box", "http://10.0.0.7:11434", Hosts.withGpu(24 * GIB, 64 * GIB), 16);

        assertThat(HostChoice.withLocal(List.of(gpuBox), LOCAL)).containsExactly(gpuBox, LOCAL);
    }

    @Test
    void aFleetHostReportingTheConfiguredUrlStandsForLocal() {
        CandidateHost same = host("box", "HTTP://127.0.0.1:11434/", Hosts.cpuOnly(16 * GIB), 8);

        assertThat(HostChoice.withLocal(List.of(same), LOCAL)).containsExactly(same);
    }

    @Test
    void aUrlWithoutAPortIsTheSchemesDefaultPort() {
        assertThat(HostChoice.sameOllama("http://ollama.lan", "http://ollama.lan:80")).isTrue();
        assertThat(HostChoice.sameOllama("http://ollama.lan", "http://ollama.lan:11434")).isFalse();
    }

    @Test
    void aBareModelNameIsItsLatestTag() {
        TagsResponse tags = new TagsResponse(List.of(summary("smollm2-135m:latest", null)));

        assertThat(HostChoice.installed(tags, "SmolLM2-135M")).map(ModelSummary::name).contains("smollm2-135m:latest");
        assertThat(HostChoice.installed(tags, "smollm2-135m:q8")).isEmpty();
    }

    @Test
    void aCloudStubIsNotAnInstalledModel() {
        TagsResponse tags = new TagsResponse(List.of(summary("gpt-oss:120b-cloud", "https://ollama.com:443")));

        assertThat(HostChoice.installed(tags, "gpt-oss:120b-cloud")).isEmpty();
    }

    @Test
    void theSmallestHostHasTheLeastFreeVramAndRamTogether() {
        CandidateHost gpu8 = host("gpu8", "http://a:11434", Hosts.withGpu(8 * GIB, 8 * GIB), 8);
        CandidateHost cpu32 = host("cpu32", "http://b:11434", Hosts.cpuOnly(32 * GIB), 8);

        assertThat(HostChoice.smallest(List.of(cpu32, gpu8))).isEqualTo(gpu8);
    }

    @Test
    void theBuiltInSpaceIsTheSmallestHostsOne() {
        CandidateHost small = host("small", "http://a:11434", Hosts.cpuOnly(2 * GIB), 4);
        CandidateHost big = host("big", "http://b:11434", Hosts.withGpu(24 * GIB, 64 * GIB), 4);

        SpaceReport space = HostChoice.space(ModelType.GENERAL, null, LLAMA_1B, List.of(), List.of(big, small));

        // a 2 GiB CPU-only host keeps num_ctx 2048-8192 of general's 2048-32768 (OllamaSearchSpacesTest)
        assertThat(space.space().parameters()).contains(new CategoricalParameter("num_ctx", List.of("2048", "4096", "8192")));
        assertThat(space.leftOut()).extracting(LeftOutOption::option).contains("num_gpu");
        assertThat(space.bounds().get(0)).startsWith("bounded by small, the host with the least free memory of [big, small]");
    }

    @Test
    void numThreadIsCappedAtTheFewestThreadsOfAnyHost() {
        CandidateHost small = host("small", "http://a:11434", Hosts.cpuOnly(8 * GIB), 16);
        CandidateHost fewThreads = host("few", "http://b:11434", Hosts.cpuOnly(64 * GIB), 2);

        SpaceReport space = HostChoice.space(ModelType.GENERAL, null, LLAMA_1B, List.of(), List.of(small, fewThreads));

        assertThat(space.space().parameters()).contains(new IntParameter("num_thread", 1, 2, false));
        assertThat(space.bounds().get(0)).endsWith("num_thread by the fewest CPU threads (2)");
    }

    @Test
    void whatTheModelsFactsInferredIsReportedWithTheBounds() {
        SpaceReport space = HostChoice.space(ModelType.GENERAL, null, LLAMA_1B,
                List.of("weights from the download size (1.3 GB)"), List.of(LOCAL));

        assertThat(space.bounds()).last().isEqualTo("model facts: weights from the download size (1.3 GB)");
    }

    @Test
    void aCustomSpaceIsSearchedAsGiven() {
        CustomSpace custom = CustomSpace.of(List.of(new CustomParameter("temperature", "float", 0.0, 0.5, false, null)),
                Map.of("num_ctx", 4096));

        SpaceReport space = HostChoice.space(ModelType.GENERAL, custom, LLAMA_1B, List.of(), List.of(LOCAL));

        assertThat(space.space()).isEqualTo(custom.space());
        assertThat(space.leftOut()).isEmpty();
    }

    private static CandidateHost host(String id, String url, HostHardware hardware, int threads) {
        return new CandidateHost(id, url, hardware, threads, CURRENT);
    }

    private static ModelSummary summary(String name, String remoteHost) {
        return new ModelSummary(name, name, null, 100_000_000L, "digest", null, List.of(), null, remoteHost);
    }
}
