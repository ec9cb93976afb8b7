package io.oeml.ollama.client.generate;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Log probability of one generated token, with alternatives when {@code top_logprobs} was asked (v0.12.11+). */
public record Logprob(String token, double logprob, List<Integer> bytes,
                      @JsonProperty("top_logprobs") List<Alternative> topLogprobs) {

    public record Alternative(String token, double logprob, List<Integer> bytes) {
    }
}
