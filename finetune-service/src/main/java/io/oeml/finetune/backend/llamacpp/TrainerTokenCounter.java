package io.oeml.finetune.backend.llamacpp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.finetune.dataset.DatasetException;
import io.oeml.finetune.dataset.TokenCounter;
import io.oeml.finetune.dataset.TokenStatistics;

/**
 * Real token counts from {@code oeml-trainer count-tokens --model BASE.gguf --data data.jsonl}: the base model's own
 * tokenizer over each example rendered with its chat template. Its one {@code tokens} line is the answer; a
 * {@code failure} line is the trainer's verdict on the data (422), anything else means no count (503).
 */
final class TrainerTokenCounter implements TokenCounter {

    static final String METHOD = "oeml-trainer count-tokens";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String binary;
    private final Path weights;
    private final Duration timeout;

    TrainerTokenCounter(String binary, Path weights, Duration timeout) {
        this.binary = binary;
        this.weights = weights;
        this.timeout = timeout;
    }

    @Override
    public TokenStatistics count(Path chatJsonl, int contextLength) {
        List<String> command = List.of(binary, "count-tokens", "--model", weights.toString(), "--data",
                chatJsonl.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw unavailable("could not be started: " + e.getMessage());
        }
        // Read concurrently so a long answer cannot block the process on a full pipe before the timeout.
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw unavailable("timed out after " + timeout);
            }
            return answer(stdout.get(timeout.toMillis(), TimeUnit.MILLISECONDS), process.exitValue(), contextLength);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw unavailable("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw unavailable("output unreadable: " + e.getMessage());
        }
    }

    private TokenStatistics answer(String stdout, int exit, int contextLength) {
        for (String line : stdout.split("\n")) {
            JsonNode node = parse(line);
            String type = node.path("type").asText("");
            if (type.equals("tokens") && node.path("tokens").isNumber() && node.path("max_example_tokens").isNumber()) {
                return new TokenStatistics(node.get("tokens").asLong(), node.get("max_example_tokens").asInt(),
                        contextLength, true, METHOD);
            }
            if (type.equals("failure")) {
                throw new DatasetException(node.path("code").asText("DATA_UNREADABLE"), 422,
                        "the base model's tokenizer refused the data: " + node.path("message").asText(""));
            }
        }
        throw unavailable("exited with " + exit + " without a tokens line");
    }

    private static JsonNode parse(String line) {
        try {
            return line.isBlank() ? JSON.missingNode() : JSON.readTree(line);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private DatasetException unavailable(String why) {
        return new DatasetException("TOKEN_COUNT_UNAVAILABLE", 503, METHOD + " " + why);
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
