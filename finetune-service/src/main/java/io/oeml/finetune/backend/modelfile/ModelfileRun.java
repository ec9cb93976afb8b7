package io.oeml.finetune.backend.modelfile;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.finetune.backend.TrainedArtifact;
import io.oeml.finetune.backend.TrainingFailedException;
import io.oeml.finetune.backend.TrainingListener;
import io.oeml.finetune.backend.TrainingRequest;
import io.oeml.finetune.backend.TrainingResult;
import io.oeml.finetune.backend.TrainingRun;
import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.finetune.deploy.DeployConfig;
import io.oeml.finetune.evaluation.AnswerScorer;
import io.oeml.finetune.evaluation.AnswersConfig;
import io.oeml.finetune.evaluation.Conversations;
import io.oeml.finetune.evaluation.ValidationExample;
import io.oeml.finetune.trainer.TrainerEvent;
import io.oeml.ollama.client.OllamaClient;

/**
 * One modelfile run: reads the splits, scores the bare base and each candidate on the validation split, and returns
 * the best candidate as a derived model. Runs on a worker thread, stops between two answers when cancelled.
 */
final class ModelfileRun implements TrainingRun {

    static final String SCORE_NAME = "validation_accuracy";
    static final String VALIDATION = "validation";

    private final TrainingRequest request;
    private final TrainingListener listener;
    private final OllamaClient ollama;
    private final DeployConfig.Modelfile config;
    private final AnswersConfig answers;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<TrainingResult> completion = new CompletableFuture<>();

    ModelfileRun(TrainingRequest request, TrainingListener listener, OllamaClient ollama, DeployConfig.Modelfile config,
            AnswersConfig answers, Executor worker) {
        this.request = request;
        this.listener = listener;
        this.ollama = ollama;
        this.config = config;
        this.answers = answers;
        worker.execute(this::complete);
    }

    /** Completes with the bare {@link TrainingFailedException}, not wrapped, as {@link TrainingRun} promises. */
    private void complete() {
        try {
            completion.complete(run());
        } catch (UncheckedIOException e) {
            completion.completeExceptionally(new TrainingFailedException("DATA_UNREADABLE", e.getMessage()));
        } catch (RuntimeException e) {
            completion.completeExceptionally(e);
        }
    }

    @Override
    public CompletionStage<TrainingResult> completion() {
        return completion;
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    private TrainingResult run() {
        listener.onEvent(new TrainerEvent.Log("info", "modelfile backend: changes no weights; it chooses a SYSTEM "
                + "prompt and few-shot MESSAGE examples from the training data by their validation score, measured "
                + "through Ollama on " + request.base().name()));
        listener.onEvent(new TrainerEvent.Phase("preparing", "reading the training and validation splits"));
        List<List<ChatMessage>> train = Conversations.read(request.data().train(), Integer.MAX_VALUE);
        List<ValidationExample> validation = Conversations.read(request.data().validation(),
                answers.maxExamples()).stream().map(ValidationExample::withoutSystem).filter(e -> e != null).toList();
        if (validation.isEmpty()) {
            throw new TrainingFailedException("NOT_ENOUGH_DATA", "the modelfile backend chooses examples by their "
                    + "validation score and the validation split has no conversation with an answer; set a "
                    + "validation_split above 0");
        }
        long seed = request.hyperparameters() == null ? 0 : request.hyperparameters().seed();
        String system = FewShot.systemPrompt(train, config.defaultSystem());
        List<FewShot> candidates = FewShot.candidates(train, system, config.k(), config.candidates(), seed);
        if (candidates.isEmpty()) {
            throw new TrainingFailedException("NOT_ENOUGH_DATA", "no training conversation has an answer to use as "
                    + "an example");
        }
        String model = request.base().name();
        AnswerScorer scorer = new AnswerScorer(ollama, answers, seed);

        listener.onEvent(new TrainerEvent.Phase("evaluating", "scoring the bare base and " + candidates.size()
                + " candidates on " + validation.size() + " validation examples (token-overlap F1, temperature 0)"));
        AnswerScorer.Score bare = scorer.score(model, FewShot.BARE.prefix(), validation, cancelled::get);
        TrainerEvent.Evaluation base = evaluation(TrainerEvent.Evaluation.BASE, bare);
        listener.onEvent(base);

        FewShot best = null;
        AnswerScorer.Score bestScore = null;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            long start = System.nanoTime();
            AnswerScorer.Score score = scorer.score(model, candidates.get(i).prefix(), validation,
                    cancelled::get);
            double seconds = (System.nanoTime() - start) / 1e9;
            listener.onEvent(new TrainerEvent.Step(i + 1, candidates.size(), 1, 1 - score.mean(), score.mean(), 0,
                    score.tokensPerSecond(), seconds));
            lines.add(candidates.get(i).label() + ": " + String.format("%.4f", score.mean()));
            if (bestScore == null || score.mean() > bestScore.mean()) {
                best = candidates.get(i);
                bestScore = score;
            }
        }
        TrainerEvent.Evaluation tuned = evaluation(TrainerEvent.Evaluation.TUNED, bestScore);
        listener.onEvent(tuned);
        listener.onEvent(new TrainerEvent.Log(bestScore.mean() > bare.mean() ? "info" : "warn", "chose "
                + best.label() + " with validation accuracy " + String.format("%.4f", bestScore.mean())
                + " (bare base " + String.format("%.4f", bare.mean()) + "); " + String.join("; ", lines)));
        // Scored at temperature 0: the derived model keeps it, so it answers as it was measured.
        TrainedArtifact.DerivedModelfile artifact = new TrainedArtifact.DerivedModelfile(best.system(),
                best.messages(), Map.of("temperature", 0.0));
        return new TrainingResult(artifact, SCORE_NAME, base, tuned,
                new AnswerAccuracy(bare.mean(), bestScore.mean(), validation.size()));
    }

    /** Loss is 1 − accuracy; perplexity is not measured by answering prompts (NaN). */
    private static TrainerEvent.Evaluation evaluation(String model, AnswerScorer.Score score) {
        return new TrainerEvent.Evaluation(model, VALIDATION, 1 - score.mean(), Double.NaN, score.mean(),
                score.tokens());
    }
}
