package io.oeml.ollama.client.generate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One chunk of {@code /api/chat} ({@code api.ChatResponse}); when not streaming, the whole reply. {@code message}
 * carries the assistant's content/thinking deltas and tool calls; the final chunk carries the metrics.
 */
public record ChatResponse(
        String model,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        Message message,
        boolean done,
        @JsonProperty("done_reason") String doneReason,
        List<Logprob> logprobs,
        @JsonProperty("total_duration") Duration totalDuration,
        @JsonProperty("load_duration") Duration loadDuration,
        @JsonProperty("prompt_eval_count") int promptEvalCount,
        @JsonProperty("prompt_eval_duration") Duration promptEvalDuration,
        @JsonProperty("eval_count") int evalCount,
        @JsonProperty("eval_duration") Duration evalDuration,
        @JsonProperty("remote_model") String remoteModel,
        @JsonProperty("remote_host") String remoteHost) implements HasMetrics {

    public ChatResponse {
        message = message == null ? Message.assistant("") : message;
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
