package io.oeml.finetune.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.oeml.finetune.backend.TrainingFailedException;
import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.generate.ChatRequest;
import io.oeml.ollama.client.generate.ChatResponse;
import io.oeml.ollama.client.generate.Message;
import io.oeml.ollama.client.generate.Options;

/**
 * Scores a model's answers on validation examples through the host: one chat per example, a prompt's own turns before
 * the example's, at temperature 0 with a fixed seed, so the score is the deterministic answer's ({@link ReplyScore}).
 * Blocking: runs on a worker thread.
 */
public final class AnswerScorer {

    private final OllamaClient ollama;
    private final AnswersConfig config;
    private final long seed;

    public AnswerScorer(OllamaClient ollama, AnswersConfig config, long seed) {
        this.ollama = ollama;
        this.config = config;
        this.seed = seed;
    }

    /**
     * @param before turns sent ahead of each example's (a system prompt, few-shot examples); empty for none
     * @param cancelled checked before each example: a cancelled run stops between two answers
     * @throws TrainingFailedException {@code CANCELLED}, or {@code EVALUATION_FAILED} when the host does not answer
     */
    public Score score(String model, List<ChatMessage> before, List<ValidationExample> examples,
            BooleanSupplier cancelled) {
        double sum = 0;
        long tokens = 0;
        long nanos = 0;
        for (ValidationExample example : examples) {
            if (cancelled.getAsBoolean()) {
                throw new TrainingFailedException(TrainingFailedException.CANCELLED, "cancelled while scoring "
                        + model);
            }
            List<Message> messages = new ArrayList<>();
            before.forEach(m -> messages.add(message(m)));
            example.context().forEach(m -> messages.add(message(m)));
            ChatResponse reply = ask(model, messages);
            sum += ReplyScore.f1(reply.message().content(), example.expected());
            tokens += reply.evalCount();
            nanos += reply.evalDuration().toNanos();
        }
        return new Score(examples.isEmpty() ? 0 : sum / examples.size(), tokens,
                nanos == 0 ? 0 : tokens * 1e9 / nanos);
    }

    private ChatResponse ask(String model, List<Message> messages) {
        ChatRequest chat = ChatRequest.builder(model).messages(messages)
                .options(Options.builder().temperature(0).seed(seed).numPredict(config.numPredict()).build()).build();
        try {
            return ollama.chat(chat).await().atMost(config.timeout());
        } catch (RuntimeException e) {
            throw new TrainingFailedException("EVALUATION_FAILED", model + " did not answer a validation example: "
                    + e.getMessage());
        }
    }

    private static Message message(ChatMessage m) {
        return new Message(m.role(), m.content(), null, null, null, null, null);
    }

    /**
     * @param mean the mean {@link ReplyScore} over the examples, 0..1
     * @param tokens tokens the host generated for them
     * @param tokensPerSecond the host's decode rate over them (its own eval figures)
     */
    public record Score(double mean, long tokens, double tokensPerSecond) {
    }
}
