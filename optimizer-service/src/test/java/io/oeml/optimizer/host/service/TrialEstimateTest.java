package io.oeml.optimizer.host.service;

import static io.oeml.optimizer.space.Hosts.GIB;
import static io.oeml.optimizer.space.Hosts.LLAMA_1B;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.EstimateRequest;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.ServerSettings;
import io.oeml.ollama.client.generate.Options;
import io.oeml.optimizer.space.Hosts;

/** The estimate a trial gets where /api/ps lists nothing: its own load options on its host. */
class TrialEstimateTest {

    private static final CandidateHost ERA_B_HOST = new CandidateHost("box", "http://box:11434",
            Hosts.withGpu(8 * GIB, 32 * GIB), 8, new ServerSettings(Era.B, 2, KvCacheType.Q8_0, 8192));

    @Test
    void theTrialsLoadOptionsAreEstimated() {
        Options trial = Options.builder().numCtx(2048).numBatch(256).numGpu(4).temperature(0.7).build();

        EstimateRequest request = OllamaTrialEvaluations.estimate(LLAMA_1B, ERA_B_HOST, trial);

        assertThat(request.numCtx()).isEqualTo(2048);
        assertThat(request.numBatch()).isEqualTo(256);
        assertThat(request.numGpu()).isEqualTo(4);
        assertThat(request.host()).isEqualTo(ERA_B_HOST.hardware());
    }

    @Test
    void whatTheTrialLeavesUnsetTakesTheHostsServerSettings() {
        EstimateRequest request = OllamaTrialEvaluations.estimate(LLAMA_1B, ERA_B_HOST, Options.NONE);

        assertThat(request.numCtx()).isEqualTo(8192);
        assertThat(request.numParallel()).isEqualTo(2);
        assertThat(request.kvCacheType()).isEqualTo(KvCacheType.Q8_0);
        assertThat(request.era()).isEqualTo(Era.B);
        assertThat(request.numBatch()).isEqualTo(EstimateOptions.DEFAULT_NUM_BATCH);
        assertThat(request.numGpu()).isEqualTo(EstimateOptions.AUTO_NUM_GPU);
    }
}
