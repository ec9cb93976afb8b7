package io.oeml.finetune.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.ollama.client.OllamaClient;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Base against tuned on the validation split's prompts, as the data has them (system turns included): the task
 * accuracy of a model whose weights were trained, measured after it was deployed, since only then can Ollama answer
 * with it.
 */
@ApplicationScoped
public class AnswerComparison {

    /** Temperature 0 answers greedily; the seed only pins what little sampling is left. */
    static final long SEED = 1;

    private final AnswersConfig config;

    public AnswerComparison(AnswersConfig config) {
        this.config = config;
    }

    /**
     * Null when the split has no conversation with an answer to compare. Fails with a
     * {@link io.oeml.finetune.backend.TrainingFailedException} {@code EVALUATION_FAILED} when a model does not answer.
     */
    public Uni<AnswerAccuracy> compare(OllamaClient ollama, String base, String tuned, Path validation) {
        return Uni.createFrom().item(() -> {
            List<ValidationExample> examples = Conversations.read(validation, config.maxExamples()).stream()
                    .map(ValidationExample::asWritten).filter(Objects::nonNull).toList();
            if (examples.isEmpty()) {
                return null;
            }
            AnswerScorer scorer = new AnswerScorer(ollama, config, SEED);
            double before = scorer.score(base, List.of(), examples, () -> false).mean();
            double after = scorer.score(tuned, List.of(), examples, () -> false).mean();
            return new AnswerAccuracy(before, after, examples.size());
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
