package io.oeml.finetune.backend.modelfile;

import java.time.Duration;
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
 * Scores a candidate on the validation examples through the host: one chat per example with the candidate's system
 * prompt and examples before the example's own turns, at temperature 0 with a fixed seed, so the score is the
 * deterministic answer's ({@link ReplyScore}). Blocking: runs on the backend's worker thread.
 */
final class ValidationScorer {

    private final OllamaClient ollama;
    private final String model;
    private final int numPredict;
    private final Duration timeout;
    private final long seed;

    ValidationScorer(OllamaClient ollama, String model, int numPredict, Duration timeout, long seed) {
        this.ollama = ollama;
        this.model = model;
        this.numPredict = numPredict;
        this.timeout = timeout;
        this.seed = seed;
    }

    /**
     * @param cancelled checked before each example: a cancelled run stops between two answers
     * @throws TrainingFailedException {@code CANCELLED}, or {@code EVALUATION_FAILED} when the host does not answer
     */
    Score score(FewShot candidate, List<ValidationExample> examples, BooleanSupplier cancelled) {
        double sum = 0;
        long tokens = 0;
        long nanos = 0;
        for (ValidationExample example : examples) {
            if (cancelled.getAsBoolean()) {
                throw new TrainingFailedException(TrainingFailedException.CANCELLED, "cancelled while scoring "
                        + candidate.label());
            }
            ChatResponse reply = ask(messages(candidate, example));
            sum += ReplyScore.f1(reply.message().content(), example.expected());
            tokens += reply.evalCount();
            nanos += reply.evalDuration().toNanos();
        }
        return new Score(sum / examples.size(), tokens, nanos == 0 ? 0 : tokens * 1e9 / nanos);
    }

    private ChatResponse ask(List<Message> messages) {
        ChatRequest chat = ChatRequest.builder(model).messages(messages)
                .options(Options.builder().temperature(0).seed(seed).numPredict(numPredict).build()).build();
        try {
            return ollama.chat(chat).await().atMost(timeout);
        } catch (RuntimeException e) {
            throw new TrainingFailedException("EVALUATION_FAILED", model + " did not answer a validation example: "
                    + e.getMessage());
        }
    }

    private static List<Message> messages(FewShot candidate, ValidationExample example) {
        List<Message> out = new ArrayList<>();
        if (candidate.system() != null) {
            out.add(Message.system(candidate.system()));
        }
        candidate.messages().forEach(m -> out.add(message(m)));
        example.context().forEach(m -> out.add(message(m)));
        return out;
    }

    private static Message message(ChatMessage m) {
        return new Message(m.role(), m.content(), null, null, null, null, null);
    }

    /**
     * @param mean the mean {@link ReplyScore} over the examples, 0..1
     * @param tokens tokens the host generated for them
     * @param tokensPerSecond the host's decode rate over them (its own eval figures)
     */
    record Score(double mean, long tokens, double tokensPerSecond) {
    }
}
