package io.oeml.agent.benchmark;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.oeml.agent.config.AgentConfig;
import io.oeml.agent.config.HostIdentity;
import io.oeml.agent.ollama.FailureText;
import io.oeml.events.benchmark.BenchmarkReported;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaHostConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Runs the host's benchmarks one at a time (two at once would measure each other), in the order they were asked for,
 * and publishes each report. A full queue answers with a failed report at once. Each run waits for Ollama on the
 * lane's own thread, never on the event loop, bounded by {@code agent.benchmark.timeout} per call.
 */
@ApplicationScoped
public class BenchmarkLane {

    private static final Logger LOG = Logger.getLogger(BenchmarkLane.class);
    /** The start of the reason of a job the lane did not try (queue full, agent stopping), so it may be tried again. */
    static final String NOT_TRIED = "not tried: ";

    private final OllamaBenchmark benchmark;
    private final BenchmarkPublisher publisher;
    private final AgentConfig.Benchmark config;
    private final OllamaClient client;
    private final ThreadPoolExecutor lane;

    @Inject
    public BenchmarkLane(Vertx vertx, AgentConfig config, HostIdentity host, BenchmarkPublisher publisher) {
        // Its own client: the capacity reader's is bounded by agent.ollama.timeout (seconds), too short for a load.
        this(OllamaClient.create(vertx, OllamaHostConfig.of(config.ollama().baseUrl())
                .withConnectTimeout(config.ollama().timeout()).withReadTimeout(config.benchmark().timeout())),
                config.benchmark(), host.hostId(), publisher);
    }

    BenchmarkLane(OllamaClient client, AgentConfig.Benchmark config, String hostId, BenchmarkPublisher publisher) {
        this.client = client;
        this.benchmark = new OllamaBenchmark(client, hostId, config.numPredict(), config.seed());
        this.publisher = publisher;
        this.config = config;
        this.lane = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(config.queueCapacity()),
                r -> new Thread(r, "benchmark-lane"));
    }

    /** Queues the job; the Uni completes once its report (measured or failed) reached the broker. */
    public Uni<BenchmarkReported> submit(BenchmarkJob job) {
        return Uni.createFrom().<BenchmarkReported>emitter(emitter -> {
            try {
                lane.execute(() -> {
                    try {
                        emitter.complete(benchmark.run(job).await().atMost(config.timeout().multipliedBy(5)));
                    } catch (RuntimeException e) {
                        boolean stopping = Thread.currentThread().isInterrupted();
                        emitter.complete(benchmark.notRun(job, (stopping ? NOT_TRIED + "the agent is stopping: " : "")
                                + FailureText.of(e)));
                    }
                });
            } catch (RejectedExecutionException e) {
                emitter.complete(benchmark.notRun(job, NOT_TRIED + "the host's benchmark queue is full ("
                        + config.queueCapacity() + " waiting)"));
            }
        }).call(this::publish);
    }

    /** Publishes a report, logging its outcome; fails when the broker did not take it. */
    public Uni<Void> publish(BenchmarkReported report) {
        LOG.infof("benchmark of %s (%s): %s%s", report.model(), report.trigger(), report.outcome(),
                report.figures() == null ? " (" + report.error() + ")"
                        : String.format(" (decode %.1f tok/s, prompt %.1f tok/s)",
                                report.figures().decodeTokensPerSecond(), report.figures().promptTokensPerSecond()));
        return publisher.report(report)
                .onFailure().invoke(e -> LOG.warnf("benchmark report %s not published: %s", report.runId(), FailureText.of(e)));
    }

    /** The report of a job that is not run, with the reason. */
    public BenchmarkReported notRun(BenchmarkJob job, String reason) {
        return benchmark.notRun(job, reason);
    }

    @PreDestroy
    void close() {
        lane.shutdownNow();
        client.close();
    }
}
