package io.oeml.library.benchmark.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.InvalidEventException;
import io.oeml.events.Topic;
import io.oeml.events.benchmark.BenchmarkFigures;
import io.oeml.events.benchmark.BenchmarkRegressed;
import io.oeml.events.benchmark.BenchmarkReported;
import io.oeml.library.benchmark.BenchmarkConfig;
import io.oeml.library.benchmark.BenchmarkRun;
import io.oeml.library.benchmark.repository.BenchmarkRunRepository;
import io.oeml.outbox.Outbox;
import io.smallrye.mutiny.Uni;

/**
 * Stores one benchmark report, the effect for {@link io.oeml.outbox.IdempotentConsumer}: in the transaction that
 * records the event id, the run joins the history and, when its decode speed fell by more than
 * {@code benchmark.regression-threshold-percent} against the previous measured run with the same key (host, model,
 * Ollama version, emulated, settings), a {@link BenchmarkRegressed} event goes into the outbox.
 */
@ApplicationScoped
public class BenchmarkReportHandler {

    private static final String SOURCE = "/library-service/benchmark";

    private final BenchmarkRunRepository runs;
    private final Outbox outbox;
    private final BenchmarkConfig config;

    public BenchmarkReportHandler(BenchmarkRunRepository runs, Outbox outbox, BenchmarkConfig config) {
        this.runs = runs;
        this.outbox = outbox;
        this.config = config;
    }

    /** @throws InvalidEventException for a type this topic does not carry */
    public Uni<Void> apply(String eventId, String type, String data) {
        if (!EventTypes.BENCHMARK_REPORTED.equals(type)) {
            return Uni.createFrom().failure(new InvalidEventException("unknown event type " + type));
        }
        BenchmarkRun run = run(EventJson.read(data, BenchmarkReported.class));
        if (!run.measured()) {
            return runs.persist(run).replaceWithVoid();
        }
        return runs.previousMeasured(run).chain(previous -> {
            if (previous == null) {
                return runs.persist(run).replaceWithVoid();
            }
            double change = (run.decodeTokensPerSecond - previous.decodeTokensPerSecond) / previous.decodeTokensPerSecond * 100;
            run.changePercent = Math.round(change * 10) / 10.0;
            Uni<Void> saved = runs.persist(run).replaceWithVoid();
            return -change > config.regressionThresholdPercent() ? saved.chain(() -> regressed(previous, run)) : saved;
        });
    }

    private Uni<Void> regressed(BenchmarkRun previous, BenchmarkRun run) {
        return outbox.append(Topic.LIBRARY_MODEL_EVENTS.topicName(), EventTypes.BENCHMARK_REGRESSED, SOURCE, run.hostId,
                new BenchmarkRegressed(run.hostId, run.model, run.ollamaVersion, run.emulated, run.settingsKey,
                        previous.runId, run.runId, previous.decodeTokensPerSecond, run.decodeTokensPerSecond,
                        run.changePercent, config.regressionThresholdPercent(), Instant.now()))
                .replaceWithVoid();
    }

    private static BenchmarkRun run(BenchmarkReported report) {
        BenchmarkRun run = new BenchmarkRun();
        run.runId = report.runId();
        run.requestId = report.requestId();
        run.hostId = report.hostId();
        run.model = report.model();
        run.modelDigest = report.modelDigest();
        run.ollamaVersion = report.ollamaVersion();
        run.emulated = report.emulated();
        run.trigger = report.trigger();
        run.settingsKey = report.settings().key();
        run.numCtx = report.settings().numCtx();
        run.outcome = report.outcome();
        run.error = report.error();
        BenchmarkFigures f = report.figures();
        if (f != null) {
            run.loadDurationNs = f.loadDurationNs();
            run.promptEvalCount = f.promptEvalCount();
            run.promptEvalDurationNs = f.promptEvalDurationNs();
            run.promptTokensPerSecond = f.promptTokensPerSecond();
            run.evalCount = f.evalCount();
            run.evalDurationNs = f.evalDurationNs();
            run.decodeTokensPerSecond = f.decodeTokensPerSecond();
            run.totalDurationNs = f.totalDurationNs();
            run.sizeBytes = f.sizeBytes();
            run.sizeVramBytes = f.sizeVramBytes();
            run.contextLength = f.contextLength();
        }
        run.startedAt = report.startedAt();
        run.finishedAt = report.finishedAt();
        run.receivedAt = Instant.now();
        return run;
    }
}
