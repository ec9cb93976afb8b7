package io.oeml.evaluation.run;

import java.util.ArrayList;
import java.util.List;

import io.oeml.evaluation.check.CheckScore;
import io.oeml.evaluation.measure.MeasureResult;
import io.oeml.evaluation.measure.MemoryFigure;
import io.oeml.evaluation.measure.NoiseFigure;
import io.oeml.evaluation.measure.PromptResult;
import io.oeml.evaluation.measure.TrialMetrics;
import io.oeml.evaluation.suite.EvalPrompt;
import io.oeml.ollama.client.OllamaClient;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Runs one trial on one Ollama host: the suite's first {@code promptBudget} prompts one after another with the
 * trial's options, then {@code /api/ps} for the memory the model took, then the noise repeats. Stays on Mutiny like
 * the client; checks are scored on the worker pool (a user's regex may be slow).
 */
public final class EvaluationRunner {

    private final OllamaClient client;

    public EvaluationRunner(OllamaClient client) {
        this.client = client;
    }

    /** Fails with the client's {@code OllamaException} when the host refuses a prompt (e.g. an unknown model). */
    public Uni<TrialMetrics> evaluate(EvaluationRequest request) {
        List<EvalPrompt> prompts = request.suite().firstPrompts(request.promptBudget());
        return runInOrder(request, prompts).flatMap(results -> LoadedModelMemory.of(client, request.model())
                .flatMap(memory -> noise(request, prompts, results)
                        .map(noise -> metrics(request, results, memory, noise))));
    }

    private Uni<List<PromptResult>> runInOrder(EvaluationRequest request, List<EvalPrompt> prompts) {
        return Multi.createFrom().iterable(prompts).onItem().transformToUniAndConcatenate(p -> run(request, p))
                .collect().asList();
    }

    private Uni<PromptResult> run(EvaluationRequest request, EvalPrompt prompt) {
        return PromptCall.send(client, request.model(), request.options(), prompt.input())
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(reply -> PromptResult.of(prompt.id(), prompt.weight(), reply.answer(), reply.doneReason(),
                        CheckScore.all(prompt.checks(), reply.answer()), reply.metrics()));
    }

    /** Round 0 is the trial's own first runs; each repeat round runs the same prompts again. */
    private Uni<NoiseFigure> noise(EvaluationRequest request, List<EvalPrompt> prompts, List<PromptResult> results) {
        if (!request.noise().measures()) {
            return Uni.createFrom().nullItem();
        }
        List<EvalPrompt> repeated = prompts.subList(0, request.noise().prompts());
        return Multi.createFrom().range(0, request.noise().repeats())
                .onItem().transformToUniAndConcatenate(i -> runInOrder(request, repeated))
                .collect().asList()
                .map(repeats -> {
                    List<List<PromptResult>> rounds = new ArrayList<>();
                    rounds.add(results.subList(0, repeated.size()));
                    rounds.addAll(repeats);
                    return NoiseFigure.of(rounds);
                });
    }

    private static TrialMetrics metrics(EvaluationRequest request, List<PromptResult> results, MemoryFigure memory,
                                        NoiseFigure noise) {
        List<String> answers = results.stream().map(PromptResult::answer).toList();
        List<MeasureResult> measures = request.suite().measures().stream().map(m -> m.measure(answers)).toList();
        return TrialMetrics.of(request.model(), results, measures, memory, noise);
    }
}
