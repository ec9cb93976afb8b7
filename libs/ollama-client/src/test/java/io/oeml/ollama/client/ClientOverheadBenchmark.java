package io.oeml.ollama.client;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.oeml.ollama.client.generate.GenerateRequest;
import io.oeml.ollama.client.generate.Options;
import io.oeml.ollama.emulator.OllamaEmulator;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.mutiny.core.Vertx;

/**
 * Client overhead against the emulator on loopback, compared in the same run with a plain Vert.x WebClient making
 * the same calls: requests/s (16 in flight) and p50/p99 latency (one at a time) of a non-streaming generate, and time
 * to first chunk of a streaming generate. Both clients share one Vert.x instance; runs alternate A/B to cancel drift.
 * Not part of the default build: {@code ./mvnw -pl libs/ollama-client -am test -Pbenchmark}.
 */
@Tag("benchmark")
class ClientOverheadBenchmark {

    private static final String MODEL = "llama3.1:8b";
    private static final int CONCURRENCY = 16;
    private static final long THROUGHPUT_ROUND_MS = 1000;
    private static final int THROUGHPUT_ROUNDS = 12;
    private static final int LATENCY_SAMPLES = 3000;
    private static final int TTFC_SAMPLES = 1500;

    @Test
    void clientVersusPlainWebClient() throws Exception {
        try (OllamaEmulator emu = OllamaEmulator.start(0)) {
            Vertx vertx = Vertx.vertx();
            OllamaClient client = OllamaClient.create(vertx, OllamaHostConfig.of(emu.baseUrl()).withMaxConnections(32));
            URI uri = URI.create(emu.baseUrl());
            WebClient web = WebClient.create(vertx.getDelegate(), new WebClientOptions().setDefaultHost(uri.getHost())
                    .setDefaultPort(uri.getPort()).setMaxPoolSize(32).setKeepAlive(true).setTcpNoDelay(true));
            GenerateRequest request = GenerateRequest.builder(MODEL).prompt("Say hello.")
                    .options(Options.builder().numPredict(16).seed(1).build()).build();
            client.version().await().indefinitely();

            Supplier<Future<?>> ours = () -> Future.fromCompletionStage(
                    client.generate(request).subscribeAsCompletionStage());
            // the baseline gets the same protection as the client: connect and read (idle) timeouts per request
            long connectMs = OllamaHostConfig.DEFAULT_CONNECT_TIMEOUT.toMillis();
            long readMs = OllamaHostConfig.DEFAULT_READ_TIMEOUT.toMillis();
            Supplier<Future<?>> plain = () -> web.post("/api/generate").connectTimeout(connectMs).idleTimeout(readMs)
                    .sendJsonObject(new JsonObject().put("model", MODEL).put("prompt", "Say hello.").put("stream", false)
                            .put("options", new JsonObject().put("num_predict", 16).put("seed", 1)))
                    .map(r -> {
                        JsonObject o = r.bodyAsJsonObject();
                        if (!o.getBoolean("done")) {
                            throw new IllegalStateException();
                        }
                        return o;
                    });
            // Streams: each call completes when its stream has ended (so calls never overlap) and yields the time
            // from the call to its first decoded chunk.
            Supplier<Future<?>> oursStream = () -> {
                long t0 = System.nanoTime();
                long[] first = {0};
                Promise<Object> done = Promise.promise();
                client.generateStream(request).subscribe().with(c -> {
                    if (first[0] == 0) {
                        first[0] = System.nanoTime() - t0;
                    }
                }, done::tryFail, () -> done.tryComplete(first[0]));
                return done.future();
            };
            Supplier<Future<?>> plainStream = () -> {
                FirstChunk sink = new FirstChunk(System.nanoTime());
                web.post("/api/generate").connectTimeout(connectMs).idleTimeout(readMs).as(BodyCodec.pipe(sink))
                        .sendJsonObject(new JsonObject().put("model", MODEL).put("prompt", "Say hello.")
                                .put("options", new JsonObject().put("num_predict", 16).put("seed", 1)))
                        .onComplete(r -> {
                            if (r.succeeded()) {
                                sink.done.tryComplete(sink.firstNs);
                            } else {
                                sink.done.tryFail(r.cause());
                            }
                        });
                return sink.done.future();
            };

            // warm-up until C2 has compiled both paths (JIT, pools)
            for (int i = 0; i < 8; i++) {
                throughput(ours, 1000);
                throughput(plain, 1000);
            }
            alternate(ours, plain, 1000);
            alternateValues(oursStream, plainStream, 500);

            // A and B alternate call by call (latency) and second by second (throughput), so that load from
            // anything else on the machine hits both alike.
            double[] rps = new double[2];
            double[][] rounds = new double[2][THROUGHPUT_ROUNDS];
            for (int round = 0; round < THROUGHPUT_ROUNDS; round++) {
                rounds[0][round] = throughput(ours, THROUGHPUT_ROUND_MS);
                rounds[1][round] = throughput(plain, THROUGHPUT_ROUND_MS);
            }
            rps[0] = median(rounds[0]);
            rps[1] = median(rounds[1]);
            double[] ratio = new double[THROUGHPUT_ROUNDS];
            for (int round = 0; round < THROUGHPUT_ROUNDS; round++) {
                ratio[round] = rounds[0][round] / rounds[1][round];
            }
            long[][] lat = alternate(ours, plain, LATENCY_SAMPLES);
            long[][] ttfc = alternateValues(oursStream, plainStream, TTFC_SAMPLES);

            System.out.println("[benchmark] generate against the emulator on loopback: req/s = median of "
                    + THROUGHPUT_ROUNDS + " alternating 1 s rounds with " + CONCURRENCY + " in flight "
                    + Arrays.toString(rounds[0]) + " vs " + Arrays.toString(rounds[1])
                    + "; latency and time to first chunk (ttfc) sequential, alternating call by call; load average "
                    + String.format(Locale.ROOT, "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            System.out.printf(Locale.ROOT, "[benchmark] %-22s %10s %10s %10s %12s %12s%n", "", "req/s", "p50 ms",
                    "p99 ms", "ttfc p50 ms", "ttfc p99 ms");
            String[] names = {"OllamaClient", "plain Vert.x WebClient"};
            for (int i = 0; i < 2; i++) {
                System.out.printf(Locale.ROOT, "[benchmark] %-22s %10.0f %10.3f %10.3f %12.3f %12.3f%n", names[i],
                        rps[i], pct(lat[i], 50), pct(lat[i], 99), pct(ttfc[i], 50), pct(ttfc[i], 99));
            }
            System.out.printf(Locale.ROOT, "[benchmark] overhead: throughput %+.1f %% (median of per-round ratios; "
                            + "%+.1f %% between medians), p50 %+.1f %%, p99 %+.1f %%, ttfc p50 %+.1f %%%n",
                    (1 - median(ratio)) * 100, (rps[1] - rps[0]) / rps[1] * 100,
                    (pct(lat[0], 50) - pct(lat[1], 50)) / pct(lat[1], 50) * 100,
                    (pct(lat[0], 99) - pct(lat[1], 99)) / pct(lat[1], 99) * 100,
                    (pct(ttfc[0], 50) - pct(ttfc[1], 50)) / pct(ttfc[1], 50) * 100);
            client.close();
            web.close();
            vertx.closeAndAwait();
        }
    }

    /** Completed calls per second with CONCURRENCY calls in flight for {@code ms}. */
    private static double throughput(Supplier<Future<?>> call, long ms) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + ms * 1_000_000;
        CountDownLatch workers = new CountDownLatch(CONCURRENCY);
        for (int i = 0; i < CONCURRENCY; i++) {
            new Object() {
                void next() {
                    if (System.nanoTime() >= end) {
                        workers.countDown();
                        return;
                    }
                    call.get().onComplete(r -> {
                        (r.succeeded() ? done : failed).incrementAndGet();
                        next();
                    });
                }
            }.next();
        }
        workers.await(ms + 30_000, TimeUnit.MILLISECONDS);
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " calls failed");
        }
        return done.get() * 1000.0 / ms;
    }

    /** Latencies in ns of {@code n} calls made one after another from this thread. */
    private static long[] latency(Supplier<Future<?>> call, int n) throws Exception {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            call.get().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            out[i] = System.nanoTime() - t0;
        }
        return out;
    }

    /** Latencies in ns of {@code n} calls of each, made one after another, alternating a and b. */
    private static long[][] alternate(Supplier<Future<?>> a, Supplier<Future<?>> b, int n) throws Exception {
        long[][] out = new long[2][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = latency(a, 1)[0];
            out[1][i] = latency(b, 1)[0];
        }
        return out;
    }

    /** The values (ns) that {@code n} calls of each yield, made one after another, alternating a and b. */
    private static long[][] alternateValues(Supplier<Future<?>> a, Supplier<Future<?>> b, int n) throws Exception {
        long[][] out = new long[2][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = (Long) a.get().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            out[1][i] = (Long) b.get().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        return out;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double pct(long[] ns, int p) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)] / 1e6;
    }

    /** A WriteStream that notes when the first NDJSON line arrived, decoded as JSON. */
    private static final class FirstChunk implements WriteStream<Buffer> {
        final Promise<Object> done = Promise.promise();
        private final long t0;
        private final Buffer pending = Buffer.buffer();
        long firstNs;

        FirstChunk(long t0) {
            this.t0 = t0;
        }

        private void take(Buffer data) {
            if (firstNs != 0) {
                return;
            }
            pending.appendBuffer(data);
            for (int i = 0; i < pending.length(); i++) {
                if (pending.getByte(i) == '\n') {
                    new JsonObject(pending.getBuffer(0, i));
                    firstNs = System.nanoTime() - t0;
                    return;
                }
            }
        }

        @Override
        public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            return this;
        }

        @Override
        public Future<Void> write(Buffer data) {
            take(data);
            return Future.succeededFuture();
        }

        @Override
        public void write(Buffer data, Handler<AsyncResult<Void>> handler) {
            take(data);
            handler.handle(Future.succeededFuture());
        }

        @Override
        public void end(Handler<AsyncResult<Void>> handler) {
            handler.handle(Future.succeededFuture());
        }

        @Override
        public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
            return this;
        }

        @Override
        public boolean writeQueueFull() {
            return false;
        }

        @Override
        public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
            return this;
        }
    }
}
