package io.oeml.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.ext.web.RoutingContext;

class EventLoopProxiesTest {

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void eachEventLoopProxiesThroughOneProxyOfItsOwn() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        List<String> handledBy = new CopyOnWriteArrayList<>();
        EventLoopProxies proxies = new EventLoopProxies(() -> {
            String name = "proxy-" + made.incrementAndGet();
            return (Handler<RoutingContext>) ctx -> handledBy.add(name + "@" + Thread.currentThread().getName());
        });
        Context first = newContext();
        Context second = newContext();

        for (int i = 0; i < 3; i++) {
            onLoop(first, () -> proxies.handle(null));
            onLoop(second, () -> proxies.handle(null));
        }

        assertThat(made).hasValue(2);
        assertThat(handledBy.stream().distinct()).hasSize(2);
    }

    /** A context of its own: Vert.x gives each thread that asks its own, on the next event loop of the two. */
    private Context newContext() throws InterruptedException {
        AtomicReference<Context> context = new AtomicReference<>();
        Thread asking = new Thread(() -> context.set(vertx.getOrCreateContext()));
        asking.start();
        asking.join();
        return context.get();
    }

    private static void onLoop(Context context, Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        context.runOnContext(ignored -> {
            action.run();
            done.countDown();
        });
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
