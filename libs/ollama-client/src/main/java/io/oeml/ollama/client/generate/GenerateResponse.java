package io.oeml.ollama.client.generate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One chunk of {@code /api/generate} ({@code api.GenerateResponse}); when not streaming, the whole reply. Durations
 * are Ollama's integer nanoseconds as {@link Duration}; metrics that Ollama omitted (zero) read as 0 / ZERO.
 *
 * @param response text delta ("" on the final chunk of a stream; the full text when not streaming)
 * @param thinking reasoning delta of a thinking model
 * @param doneReason stop | length | load | unload (v0.1.35+)
 * @param context deprecated conversation state (final chunk, not for raw prompts)
 */
public record GenerateResponse(
        String model,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        String response,
        String thinking,
        boolean done,
        @JsonProperty("done_reason") String doneReason,
        List<Integer> context,
        @JsonProperty("tool_calls") List<ToolCall> toolCalls,
        List<Logprob> logprobs,
        @JsonProperty("total_duration") Duration totalDuration,
        @JsonProperty("load_duration") Duration loadDuration,
        @JsonProperty("prompt_eval_count") int promptEvalCount,
        @JsonProperty("prompt_eval_duration") Duration promptEvalDuration,
        @JsonProperty("eval_count") int evalCount,
        @JsonProperty("eval_duration") Duration evalDuration,
        @JsonProperty("remote_model") String remoteModel,
        @JsonProperty("remote_host") String remoteHost) implements HasMetrics {

    public GenerateResponse {
        response = response == null ? "" : response;
        totalDuration = totalDuration == null ? Duration.ZERO : totalDuration;
        loadDuration = loadDuration == null ? Duration.ZERO : loadDuration;
        promptEvalDuration = promptEvalDuration == null ? Duration.ZERO : promptEvalDuration;
        evalDuration = evalDuration == null ? Duration.ZERO : evalDuration;
    }

    @Override
    public Metrics metrics() {
        return new Metrics(totalDuration, loadDuration, promptEvalCount, promptEvalDuration, evalCount, evalDuration);
    }
}
