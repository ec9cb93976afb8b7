package io.oeml.ollama.client.http;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.oeml.ollama.client.OllamaHostConfig;
import io.oeml.ollama.client.error.ConnectionClosedException;
import io.oeml.ollama.client.error.OllamaException;
import io.oeml.ollama.client.error.OllamaProtocolException;
import io.oeml.ollama.client.error.OllamaTimeoutException;
import io.oeml.ollama.client.error.StreamErrorException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.parsetools.RecordParser;

/**
 * HTTP plumbing over Vert.x's core HTTP client: one keep-alive pool per host, per-request connect and idle (read)
 * timeouts, NDJSON streams with back-pressure, and a reset of the request (which closes its connection and frees the
 * pool slot) whenever the subscriber cancels or a stream fails before its end. Nothing here blocks.
 */
public final class Transport implements AutoCloseable {

    /** A complete reply. */
    public record Reply(int status, Buffer body) {
    }

    /** Parses one NDJSON line. */
    @FunctionalInterface
    public interface LineParser<T> {
        T parse(byte[] line) throws Exception;
    }

    private static final String JSON = "application/json";

    private final Vertx vertx;
    private final OllamaHostConfig config;
    private final HttpClient http;
    private final String base;

    public Transport(Vertx vertx, OllamaHostConfig config) {
        this.vertx = vertx;
        this.config = config;
        this.base = config.baseUrl().toString();
        HttpClientOptions o = new HttpClientOptions()
                .setDefaultHost(config.host())
                .setDefaultPort(config.port())
                .setSsl(config.ssl())
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setDecompressionSupported(false)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis()));
        this.http = vertx.createHttpClient(o, new PoolOptions().setHttp1MaxSize(config.maxConnections()));
    }

    public Vertx vertx() {
        return vertx;
    }

    private RequestOptions options(HttpMethod method, String path) {
        return new RequestOptions().setMethod(method).setURI(config.pathPrefix() + path)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.readTimeout().toMillis());
    }

    /**
     * One request, whole reply; a non-2xx status fails with the typed error, a 2xx body is decoded on the event
     * loop by {@code decode}. The body is produced at subscription.
     *
     * @param model the model the request names, for {@code ModelNotFoundException}
     */
    public <T> Uni<T> call(HttpMethod method, String path, Supplier<Buffer> body, String model, LineParser<T> decode) {
        return send(method, path, body, r -> {
            if (r.status() / 100 != 2) {
                throw Errors.http(base, path, r.status(), r.body(), model);
            }
            try {
                return decode.parse(r.body().getBytes());
            } catch (OllamaException e) {
                throw e;
            } catch (Exception e) {
                throw new OllamaProtocolException(base, path, "unreadable reply from " + base + path + ": "
                        + e.getMessage(), e);
            }
        });
    }

    /** The typed error for a non-2xx reply (as {@link #call} raises it). */
    public OllamaException error(String path, Reply r, String model) {
        return Errors.http(base, path, r.status(), r.body(), model);
    }

    /** One request, whole reply, any status. */
    public Uni<Reply> exchange(HttpMethod method, String path, Buffer body) {
        return send(method, path, body == null ? null : () -> body, r -> r);
    }

    private <T> Uni<T> send(HttpMethod method, String path, Supplier<Buffer> body, Function<Reply, T> decode) {
        return Uni.createFrom().emitter(emitter -> {
            Call<T> call = new Call<>(path, emitter, decode);
            Buffer payload;
            try {
                payload = body == null ? null : body.get();
            } catch (RuntimeException e) {
                call.failAsIs(e); // the request could not be built: not a network failure
                return;
            }
            http.request(options(method, path)).onComplete(ar -> {
                if (ar.failed()) {
                    call.fail(ar.cause());
                    return;
                }
                HttpClientRequest httpRequest = ar.result();
                if (!call.attach(httpRequest)) {
                    return;
                }
                Future<HttpClientResponse> sent;
                if (payload == null) {
                    sent = httpRequest.send();
                } else {
                    httpRequest.putHeader(HttpHeaders.CONTENT_TYPE, JSON);
                    sent = httpRequest.send(payload);
                }
                call.settleWith(sent);
            });
        });
    }

    /** Streams a file as the raw body (Content-Length set, back-pressured; constant memory). */
    public Uni<Reply> upload(String path, Path file, long size) {
        return Uni.createFrom().emitter(emitter -> {
            Call<Reply> call = new Call<>(path, emitter, r -> r);
            vertx.fileSystem().open(file.toString(), new OpenOptions().setRead(true)).onComplete(f -> {
                if (f.failed()) {
                    call.fail(f.cause());
                    return;
                }
                AsyncFile af = f.result();
                af.setReadBufferSize(64 * 1024);
                call.onEnd(af::close);
                http.request(options(HttpMethod.POST, path)).onComplete(ar -> {
                    if (ar.failed()) {
                        call.fail(ar.cause());
                        return;
                    }
                    HttpClientRequest httpRequest = ar.result();
                    if (!call.attach(httpRequest)) {
                        return;
                    }
                    httpRequest.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(size))
                            .putHeader(HttpHeaders.CONTENT_TYPE, "application/octet-stream");
                    call.settleWith(httpRequest.send(af));
                });
            });
        });
    }

    /**
     * POSTs {@code body} and streams the NDJSON reply line by line. A line {@code {"error": ...}} fails the stream
     * with {@link StreamErrorException}; with {@code requireFinal}, a stream that ends without a chunk matching
     * {@code isFinal} fails with {@link ConnectionClosedException}. Cancelling stops reading and resets the request.
     */
    public <T> Multi<T> stream(String path, Supplier<Buffer> body, String model, LineParser<T> parser,
                               Predicate<T> isFinal, boolean requireFinal) {
        return Multi.createFrom().emitter(emitter -> new Stream<>(path, body, model, parser, isFinal, requireFinal, emitter)
                .start());
    }

    @Override
    public void close() {
        http.close();
    }

    /** State of one non-streaming exchange: settles once; a cancellation before that resets the request. */
    private final class Call<T> {
        private final String path;
        private final UniEmitter<? super T> emitter;
        private final Function<Reply, T> decode;
        private final AtomicBoolean settled = new AtomicBoolean();
        private final AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        private volatile Runnable onEnd;

        Call(String path, UniEmitter<? super T> emitter, Function<Reply, T> decode) {
            this.path = path;
            this.emitter = emitter;
            this.decode = decode;
            emitter.onTermination(() -> {
                if (settled.compareAndSet(false, true)) { // cancelled by the subscriber
                    HttpClientRequest r = request.get();
                    if (r != null) {
                        r.reset();
                    }
                    end();
                }
            });
        }

        void onEnd(Runnable r) {
            onEnd = r;
        }

        /** False when the subscriber already cancelled (the request is then reset). */
        boolean attach(HttpClientRequest httpRequest) {
            request.set(httpRequest);
            if (settled.get()) {
                httpRequest.reset();
                return false;
            }
            return true;
        }

        /** Reads the whole reply of a sent request and settles with it. */
        void settleWith(Future<HttpClientResponse> sent) {
            sent.compose(httpResponse -> httpResponse.body().map(b -> new Reply(httpResponse.statusCode(), b))).onComplete(r -> {
                if (r.succeeded()) {
                    complete(r.result());
                } else {
                    fail(r.cause());
                }
            });
        }

        void complete(Reply r) {
            if (settled.compareAndSet(false, true)) {
                end();
                T value;
                try {
                    value = decode.apply(r);
                } catch (RuntimeException e) {
                    emitter.fail(Errors.network(config, path, e));
                    return;
                }
                emitter.complete(value);
            }
        }

        void fail(Throwable t) {
            failAsIs(Errors.network(config, path, t));
        }

        void failAsIs(Throwable t) {
            if (settled.compareAndSet(false, true)) {
                end();
                emitter.fail(t);
            }
        }

        private void end() {
            Runnable r = onEnd;
            if (r != null) {
                r.run();
            }
        }
    }

    /** State of one NDJSON stream. */
    private final class Stream<T> {
        private final String path;
        private final Supplier<Buffer> body;
        private final String model;
        private final LineParser<T> parser;
        private final Predicate<T> isFinal;
        private final boolean requireFinal;
        private final MultiEmitter<? super T> emitter;
        private final AtomicBoolean terminated = new AtomicBoolean();
        private volatile HttpClientRequest request;
        private volatile HttpClientResponse response;
        private volatile Context context;
        private volatile boolean paused;
        private int chunks;
        private boolean sawFinal;
        private volatile long lastData;
        private long watchdog = -1;

        Stream(String path, Supplier<Buffer> body, String model, LineParser<T> parser, Predicate<T> isFinal,
               boolean requireFinal, MultiEmitter<? super T> emitter) {
            this.path = path;
            this.body = body;
            this.model = model;
            this.parser = parser;
            this.isFinal = isFinal;
            this.requireFinal = requireFinal;
            this.emitter = emitter;
        }

        void start() {
            emitter.onTermination(() -> {
                if (terminated.compareAndSet(false, true)) { // cancelled: stop reading, free the connection
                    HttpClientRequest r = request;
                    if (r != null) {
                        r.reset();
                    }
                }
            });
            emitter.onRequest(n -> {
                Context c = context;
                if (paused && c != null) {
                    c.runOnContext(v -> {
                        if (paused && !terminated.get()) {
                            paused = false;
                            response.resume();
                        }
                    });
                }
            });
            Buffer payload;
            try {
                payload = body.get();
            } catch (RuntimeException e) {
                if (terminated.compareAndSet(false, true)) {
                    emitter.fail(e); // the request could not be built: not a network failure
                }
                return;
            }
            http.request(options(HttpMethod.POST, path)).onComplete(ar -> {
                if (ar.failed()) {
                    fail(Errors.network(config, path, ar.cause()));
                    return;
                }
                HttpClientRequest httpRequest = ar.result();
                request = httpRequest;
                if (terminated.get()) {
                    httpRequest.reset();
                    return;
                }
                httpRequest.putHeader(HttpHeaders.CONTENT_TYPE, JSON);
                httpRequest.send(payload).onComplete(r -> {
                    if (r.failed()) {
                        fail(Errors.network(config, path, r.cause()));
                    } else {
                        onResponse(r.result());
                    }
                });
            });
        }

        private void onResponse(HttpClientResponse httpResponse) {
            response = httpResponse;
            context = vertx.getOrCreateContext();
            lastData = System.nanoTime();
            watch(config.readTimeout().toMillis());
            if (httpResponse.statusCode() / 100 != 2) {
                httpResponse.body().onComplete(b -> fail(b.succeeded()
                        ? Errors.http(base, path, httpResponse.statusCode(), b.result(), model)
                        : Errors.network(config, path, b.cause())));
                return;
            }
            RecordParser lines = RecordParser.newDelimited("\n", httpResponse);
            lines.exceptionHandler(e -> fail(Errors.network(config, path, e)));
            lines.endHandler(v -> {
                if (requireFinal && !sawFinal) {
                    fail(new ConnectionClosedException(base, path, "stream ended after " + chunks
                            + " chunks without the final one", null));
                } else if (terminated.compareAndSet(false, true)) {
                    vertx.cancelTimer(watchdog);
                    emitter.complete();
                }
            });
            lines.handler(this::onLine);
        }

        /**
         * The request's idle timeout only covers the wait for the response head; between chunks this watchdog
         * enforces the read timeout (not while the subscriber itself holds the stream paused).
         */
        private void watch(long delayMs) {
            watchdog = vertx.setTimer(Math.max(1, delayMs), id -> {
                if (terminated.get()) {
                    return;
                }
                long idleMs = (System.nanoTime() - lastData) / 1_000_000;
                long limit = config.readTimeout().toMillis();
                if (paused || idleMs < limit) {
                    watch(paused ? limit : limit - idleMs);
                } else {
                    fail(new OllamaTimeoutException(base, path, OllamaTimeoutException.Phase.READ,
                            config.readTimeout(), null));
                }
            });
        }

        private void onLine(Buffer line) {
            lastData = System.nanoTime();
            if (terminated.get() || line.length() == 0) {
                return;
            }
            byte[] bytes = line.getBytes();
            String error = Errors.errorLine(bytes);
            if (error != null) {
                fail(new StreamErrorException(base, path, error, chunks));
                return;
            }
            T item;
            try {
                item = parser.parse(bytes);
            } catch (Exception e) {
                fail(new OllamaProtocolException(base, path, "unreadable stream line from " + base + path + ": "
                        + e.getMessage(), e));
                return;
            }
            chunks++;
            if (isFinal != null && isFinal.test(item)) {
                sawFinal = true;
            }
            emitter.emit(item);
            if (emitter.requested() <= 0 && !paused) {
                paused = true;
                response.pause();
            }
        }

        private void fail(OllamaException e) {
            if (terminated.compareAndSet(false, true)) {
                if (watchdog >= 0) {
                    vertx.cancelTimer(watchdog);
                }
                HttpClientRequest r = request;
                if (r != null) {
                    r.reset(); // no-op when the response already ended; else closes the connection
                }
                emitter.fail(e);
            }
        }
    }
}
