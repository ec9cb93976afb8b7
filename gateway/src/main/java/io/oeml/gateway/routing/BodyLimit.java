package io.oeml.gateway.routing;

import io.oeml.errors.RequestLimits;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Holds a body that declares no length (chunked) to its route's body limit ({@link RequestLimits#maxBodyBytes}) while
 * it streams to the backend: past the limit the stream fails, the proxy resets the backend exchange, and
 * {@link BackendFailures} answers 413. A declared length over the limit never gets here (RequestLimits answers it
 * first).
 */
final class BodyLimit implements ProxyInterceptor {

    /** The limit a body went over, in bytes (a Long in the proxy context). */
    static final String EXCEEDED = "oeml.body-limit-exceeded";

    private final RequestLimits limits;

    BodyLimit(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Body body = context.request().getBody();
        if (body != null && body.length() < 0) {
            long maxBytes = limits.maxBodyBytes(context.request().proxiedRequest());
            context.request().setBody(Body.body(
                    new Counted(body.stream(), maxBytes, () -> context.set(EXCEEDED, maxBytes)), -1));
        }
        return context.sendRequest();
    }

    /** The body as it arrives, failing once more than {@code maxBytes} have passed. */
    private static final class Counted implements ReadStream<Buffer> {

        private final ReadStream<Buffer> source;
        private final long maxBytes;
        private final Runnable onExceeded;
        private Handler<Throwable> exceptionHandler;
        private long seen;

        Counted(ReadStream<Buffer> source, long maxBytes, Runnable onExceeded) {
            this.source = source;
            this.maxBytes = maxBytes;
            this.onExceeded = onExceeded;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            source.handler(handler == null ? null : chunk -> {
                seen += chunk.length();
                if (seen <= maxBytes) {
                    handler.handle(chunk);
                } else if (seen - chunk.length() <= maxBytes) {
                    onExceeded.run();
                    if (exceptionHandler != null) {
                        exceptionHandler.handle(new IllegalStateException("body over " + maxBytes + " bytes"));
                    }
                }
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            exceptionHandler = handler;
            source.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            source.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            source.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            source.fetch(amount);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            source.endHandler(endHandler);
            return this;
        }
    }
}
