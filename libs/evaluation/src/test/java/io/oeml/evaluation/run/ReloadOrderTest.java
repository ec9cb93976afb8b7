package io.oeml.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.ollama.client.generate.Options;

class ReloadOrderTest {

    private record Trial(String name, Options options) {
    }

    private static final Trial A_2048_HOT = new Trial("a", Options.builder().numCtx(2048).temperature(0.9).build());
    private static final Trial B_4096 = new Trial("b", Options.builder().numCtx(4096).temperature(0.1).build());
    private static final Trial C_2048_COLD = new Trial("c", Options.builder().numCtx(2048).temperature(0.1).build());

    @Test
    void trialsWithTheSameLoadTimeOptionsRunBackToBackInBatchOrder() {
        assertThat(ReloadOrder.of(List.of(A_2048_HOT, B_4096, C_2048_COLD), Trial::options, null))
                .containsExactly(A_2048_HOT, C_2048_COLD, B_4096);
    }

    @Test
    void theGroupOfTheOptionsLoadedNowGoesFirst() {
        assertThat(ReloadOrder.of(List.of(A_2048_HOT, B_4096, C_2048_COLD), Trial::options,
                Options.builder().numCtx(4096).build()))
                .containsExactly(B_4096, A_2048_HOT, C_2048_COLD);
    }

    @Test
    void anIntegerAndTheSameWholeDoubleAreOneValue() {
        Trial asDouble = new Trial("d", Options.builder().set("num_ctx", 4096.0).build());

        assertThat(ReloadOrder.of(List.of(B_4096, A_2048_HOT, asDouble), Trial::options, null))
                .containsExactly(B_4096, asDouble, A_2048_HOT);
    }
}
