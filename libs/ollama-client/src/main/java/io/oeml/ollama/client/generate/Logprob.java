package io.oeml.ollama.client.generate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Log probability of one generated token, with alternatives when {@code top_logprobs} was asked (v0.12.11+). */
public record Logprob(String token, double logprob, List<Integer> bytes,
                      @JsonProperty("top_logprobs") List<Alternative> topLogprobs) {

    public record Alternative(String token, double logprob, List<Integer> bytes) {
    }
}
