package io.oeml.ollama.client;

import io.oeml.ollama.client.generate.GenerateRequest;
import io.oeml.ollama.client.generate.GenerateResponse;
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
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Client overhead against the emulator on loopback, compared in the same run with a plain Vert.x WebClient making
 * the same calls: requests/s (16 in flight) and p50/p99 latency (one at a time) of a non-streaming generate, and time
 * to first chunk of a streaming generate. Both clients share one Vert.x instance; runs alternate A/B to cancel drift.
 * Not part of the default build: {@code ./mvnw -pl libs/ollama-client -am test -Pbenchmark
 *}.
 */
@Tag("benchmark")
class ClientOverheadBenchmark {

    private static final String MODEL = "llama3.1:8b";
    private static final int CONCURRENCY = 16;
    private static final long THROUGHPUT_ROUND_MS = 1000;
    private static final int THROUGHPUT_ROUNDS = 8;
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
            Supplier<Future<?>> plain = () -> web.post("/api/generate")
                    .sendJsonObject(new JsonObject().put("model", MODEL).put("prompt", "Say hello.").put("stream", false)
                            .put("options", new JsonObject().put("num_predict", 16).put("seed", 1)))
                    .map(r -> {
                        JsonObject o = r.bodyAsJsonObject();
                        if (!o.getBoolean("done")) {
                            throw new IllegalStateException();
                        }
                        return o;
                    });
            Supplier<Future<?>> oursStream = () -> {
                Promise<Object> first = Promise.promise();
                // read the whole stream like the baseline does; the clock stops at the first chunk
                client.generateStream(request).subscribe().with(first::tryComplete, first::tryFail);
                return first.future();
            };
            Supplier<Future<?>> plainStream = () -> {
                FirstChunk sink = new FirstChunk();
                web.post("/api/generate").as(BodyCodec.pipe(sink))
                        .sendJsonObject(new JsonObject().put("model", MODEL).put("prompt", "Say hello.")
                                .put("options", new JsonObject().put("num_predict", 16).put("seed", 1)))
                        .onFailure(sink.first::tryFail);
                return sink.first.future();
            };

            // warm-up (JIT, pools)
            throughput(ours, 2000);
            throughput(plain, 2000);
            latency(ours, 500);
            latency(plain, 500);
            latency(oursStream, 300);
            latency(plainStream, 300);

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
            long[][] lat = alternate(ours, plain, LATENCY_SAMPLES);
            long[][] ttfc = alternate(oursStream, plainStream, TTFC_SAMPLES);

            System.out.println("[benchmark] non-streaming generate, emulator on loopback, " + CONCURRENCY
                    + " in flight for throughput, sequential for latency");
            System.out.printf(Locale.ROOT, "[benchmark] %-22s %10s %10s %10s %12s %12s%n", "", "req/s", "p50 ms",
                    "p99 ms", "ttfc p50 ms", "ttfc p99 ms");
            String[] names = {"OllamaClient", "plain Vert.x WebClient"};
            for (int i = 0; i < 2; i++) {
                System.out.printf(Locale.ROOT, "[benchmark] %-22s %10.0f %10.3f %10.3f %12.3f %12.3f%n", names[i],
                        rps[i], pct(lat[i], 50), pct(lat[i], 99), pct(ttfc[i], 50), pct(ttfc[i], 99));
            }
            System.out.printf(Locale.ROOT, "[benchmark] overhead: throughput %+.1f %%, p50 %+.1f %%, p99 %+.1f %%, "
                            + "ttfc p50 %+.1f %%%n", (rps[1] - rps[0]) / rps[1] * 100,
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

    /** A WriteStream that completes with the first NDJSON line written to it, decoded as JSON. */
    private static final class FirstChunk implements WriteStream<Buffer> {
        final Promise<Object> first = Promise.promise();
        private final Buffer pending = Buffer.buffer();

        private void take(Buffer data) {
            if (first.future().isComplete()) {
                return;
            }
            pending.appendBuffer(data);
            for (int i = 0; i < pending.length(); i++) {
                if (pending.getByte(i) == '\n') {
                    first.tryComplete(new JsonObject(pending.getBuffer(0, i)));
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
            first.tryFail("stream ended without a chunk");
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
