package io.oeml.agent.benchmark;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.oeml.agent.ollama.FailureText;
import io.oeml.events.benchmark.BenchmarkFigures;
import io.oeml.events.benchmark.BenchmarkReported;
import io.oeml.events.benchmark.BenchmarkSettings;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.generate.GenerateRequest;
import io.oeml.ollama.client.generate.GenerateResponse;
import io.oeml.ollama.client.generate.KeepAlive;
import io.oeml.ollama.client.generate.Options;
import io.oeml.ollama.client.model.PsResponse;
import io.oeml.ollama.client.model.RunningModel;
import io.oeml.ollama.client.version.HostVersion;
import io.smallrye.mutiny.Uni;

/**
 * The standard benchmark of one installed model, from Ollama's own counters:
 * <ol>
 * <li>unload the model ({@code keep_alive: 0}, empty prompt), so the next call loads it cold;</li>
 * <li>generate from {@link StandardPrompt} at the benchmark's {@code num_ctx} with seed, temperature 0 and
 *     {@code num_predict} fixed: its {@code load_duration} is the cold load time (an empty-prompt load answers
 *     with no durations in v0.24.0), prompt-eval and decode tokens/s come from {@code prompt_eval_*} and
 *     {@code eval_*} (the model was just loaded, so no prefix cache helps);</li>
 * <li>{@code /api/ps}: the loaded model's size and size_vram;</li>
 * <li>unload it again unless it was loaded before the benchmark began, so the host is left as it was found.</li>
 * </ol>
 * Never fails: any error becomes a {@code failed} report with the reason. Against the OllamaEmulator the report says
 * {@code emulated}: its figures are its cost model's, not a measurement.
 */
public final class OllamaBenchmark {

    private final OllamaClient client;
    private final String hostId;
    private final int numPredict;
    private final int seed;

    public OllamaBenchmark(OllamaClient client, String hostId, int numPredict, int seed) {
        this.client = client;
        this.hostId = hostId;
        this.numPredict = numPredict;
        this.seed = seed;
    }

    public Uni<BenchmarkReported> run(BenchmarkJob job) {
        Instant started = Instant.now();
        String runId = UUID.randomUUID().toString();
        BenchmarkSettings settings = settings(job.numCtx());
        return client.refreshVersion().chain(version -> measure(job, settings)
                .map(m -> report(runId, job, version, settings, m.digest, BenchmarkReported.MEASURED, m.figures, null, started))
                .onFailure().recoverWithItem(e -> report(runId, job, version, settings, null, BenchmarkReported.FAILED,
                        null, FailureText.of(e), started)))
                .onFailure().recoverWithItem(e -> report(runId, job, null, settings, null, BenchmarkReported.FAILED, null,
                        "Ollama unreachable: " + FailureText.of(e), started));
    }

    /** The settings of a run at {@code numCtx}: the standard prompt, temperature 0, this agent's seed and length. */
    public BenchmarkSettings settings(int numCtx) {
        return new BenchmarkSettings(StandardPrompt.ID, numCtx, numPredict, seed, 0);
    }

    /** The report of a job that was not run, with the reason. */
    public BenchmarkReported notRun(BenchmarkJob job, String reason) {
        Instant now = Instant.now();
        return new BenchmarkReported(UUID.randomUUID().toString(), job.requestId(), hostId, job.model(), null, null,
                false, job.trigger(), settings(job.numCtx()), BenchmarkReported.FAILED, null, reason, now, now);
    }

    private Uni<Measured> measure(BenchmarkJob job, BenchmarkSettings settings) {
        Options options = Options.builder().numCtx(settings.numCtx()).numPredict(settings.numPredict())
                .seed(settings.seed()).temperature(settings.temperature()).build();
        return client.ps().chain(before -> {
            boolean wasLoaded = loaded(before, job.model()).isPresent();
            return unload(job.model())
                    .chain(() -> client.generate(GenerateRequest.builder(job.model()).prompt(StandardPrompt.TEXT)
                            .options(options).build()))
                    .chain(reply -> client.ps().map(after -> figures(job.model(), reply, after)))
                    .call(() -> wasLoaded ? Uni.createFrom().voidItem() : unload(job.model()));
        });
    }

    private Uni<Void> unload(String model) {
        return client.generate(GenerateRequest.builder(model).prompt("").keepAlive(KeepAlive.unloadImmediately()).build())
                .replaceWithVoid();
    }

    private static Measured figures(String model, GenerateResponse reply, PsResponse ps) {
        if (reply.evalCount() <= 0 || reply.evalDuration().isZero()) {
            throw new IllegalStateException("Ollama returned no eval_count/eval_duration for " + model);
        }
        RunningModel running = loaded(ps, model)
                .orElseThrow(() -> new IllegalStateException(model + " is not in /api/ps after the benchmark call"));
        var m = reply.metrics();
        BenchmarkFigures figures = new BenchmarkFigures(m.loadDuration().toNanos(), m.promptEvalCount(),
                m.promptEvalDuration().toNanos(), round2(m.promptTokensPerSecond()), m.evalCount(),
                m.evalDuration().toNanos(), round2(m.tokensPerSecond()), m.totalDuration().toNanos(), running.size(),
                running.sizeVram(), running.contextLength());
        return new Measured(running.digest(), figures);
    }

    /** /api/ps names a model as installed ({@code name:tag}); a request may leave out {@code :latest}. */
    private static Optional<RunningModel> loaded(PsResponse ps, String model) {
        String wanted = model.contains(":") ? model : model + ":latest";
        return ps.models().stream()
                .filter(r -> wanted.equals(r.name()) || wanted.equals(r.model()) || model.equals(r.name()))
                .findFirst();
    }

    private BenchmarkReported report(String runId, BenchmarkJob job, HostVersion version, BenchmarkSettings settings,
            String digest, String outcome, BenchmarkFigures figures, String error, Instant started) {
        return new BenchmarkReported(runId, job.requestId(), hostId, job.model(), digest,
                version == null ? null : version.version().toString(), version != null && version.emulated(),
                job.trigger(), settings, outcome, figures, error, started, Instant.now());
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private record Measured(String digest, BenchmarkFigures figures) {
    }
}
