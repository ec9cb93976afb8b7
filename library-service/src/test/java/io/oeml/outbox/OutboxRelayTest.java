package io.oeml.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import io.oeml.events.EventJson;
import io.oeml.events.Topic;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.library.fleet.TestConsumers;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;

/** The outbox relay against the real Postgres and Kafka; the scheduled relay is off, the tests run relays themselves. */
@QuarkusTest
@TestProfile(OutboxRelayTest.RelaysRunByTheTest.class)
@WithTestResource(RealInfraResource.class)
class OutboxRelayTest {

    public static class RelaysRunByTheTest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    /** The test's event data: the n-th event appended for its key. */
    record Numbered(String key, int n) {
    }

    private static final String TOPIC = Topic.LIBRARY_MODEL_EVENTS.topicName();
    private static final String TYPE = "io.oeml.test.numbered";
    private static final String SOURCE = "/outbox-relay-test";

    @Inject
    Outbox outbox;

    @Inject
    OutboxConfig config;

    @Inject
    @Channel("outbox")
    MutinyEmitter<String> emitter;

    @Test
    void twoRelaysPublishEachKeysEventsInAppendOrderOnce() throws Exception {
        String run = UUID.randomUUID().toString();
        List<String> keys = IntStream.range(0, 4).mapToObj(k -> "order-" + run + "-" + k).toList();
        int perKey = 150;
        ExecutorService pool = Executors.newFixedThreadPool(keys.size() + 2);
        AtomicBoolean appending = new AtomicBoolean(true);
        try {
            // One appender per key, its appends one after another (as one entity's transactions are); keys at once.
            List<CompletableFuture<Void>> appenders = keys.stream().map(key -> CompletableFuture.runAsync(() -> {
                for (int n = 0; n < perKey; n++) {
                    int number = n;
                    await(() -> Panache.withTransaction(() -> outbox.append(TOPIC, TYPE, SOURCE, key, new Numbered(key, number))));
                }
            }, pool)).toList();
            List<CompletableFuture<Void>> relays = List.of(new OutboxRelay(emitter, config), new OutboxRelay(emitter, config))
                    .stream().map(relay -> CompletableFuture.runAsync(() -> {
                        long giveUp = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                        while ((appending.get() || pending() > 0) && System.nanoTime() < giveUp) {
                            await(relay::publishPending);
                        }
                    }, pool)).toList();
            CompletableFuture.allOf(appenders.toArray(CompletableFuture[]::new)).get();
            appending.set(false);
            CompletableFuture.allOf(relays.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdownNow();
        }

        Map<String, List<Integer>> published = numbersByKey(keys, keys.size() * perKey, Duration.ofSeconds(60));

        // No failure is injected, so no event is published twice (a duplicate needs a failed commit after an ack).
        List<Integer> appendOrder = IntStream.range(0, perKey).boxed().toList();
        assertThat(published).containsOnlyKeys(keys);
        keys.forEach(key -> assertThat(published.get(key)).as(key).isEqualTo(appendOrder));
    }

    @Test
    void failedPublishIsRecordedOnTheEventAndStopsTheRunAfterTheEventsBeforeIt() {
        String key = "failing-" + UUID.randomUUID();
        UUID before = await(() -> Panache.withTransaction(() -> outbox.append(TOPIC, TYPE, SOURCE, key, new Numbered(key, 0))));
        UUID refused = await(() -> Panache.withTransaction(() -> outbox.append(TOPIC, TYPE, SOURCE, key, new Numbered(key, 1))));
        UUID after = await(() -> Panache.withTransaction(() -> outbox.append(TOPIC, TYPE, SOURCE, key, new Numbered(key, 2))));
        String refusedId = refused.toString();

        await(new OutboxRelay(refusing(refusedId), config)::publishPending);

        assertThat(find(before)).isNull();
        OutboxEvent failed = find(refused);
        assertThat(failed.attempts).isEqualTo(1);
        assertThat(failed.lastError).contains("broker refused " + refusedId);
        assertThat(find(after)).isNotNull();

        await(new OutboxRelay(emitter, config)::publishPending);
        assertThat(find(refused)).isNull();
        assertThat(find(after)).isNull();
    }

    @Test
    void aRunThatPublishedLeavesNoRelayLockBehind() {
        String key = "unlocked-" + UUID.randomUUID();
        UUID appended = await(() -> Panache.withTransaction(() -> outbox.append(TOPIC, TYPE, SOURCE, key, new Numbered(key, 0))));

        await(new OutboxRelay(emitter, config)::publishPending);

        assertThat(find(appended)).isNull();
        assertThat(advisoryLocksHeld()).isZero();
    }

    /** The real emitter, except that it fails to send the event {@code refusedId}. */
    @SuppressWarnings("unchecked")
    private MutinyEmitter<String> refusing(String refusedId) {
        return (MutinyEmitter<String>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { MutinyEmitter.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("sendMessage") && refusedId.equals(((Message<?>) args[0])
                            .getMetadata(OutgoingCloudEventMetadata.class).orElseThrow().getId())) {
                        return Uni.createFrom().failure(new IllegalStateException("broker refused " + refusedId));
                    }
                    try {
                        return method.invoke(emitter, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static OutboxEvent find(UUID id) {
        return await(() -> Panache.withSession(() -> Panache.getSession().chain(session -> session.find(OutboxEvent.class, id))));
    }

    /** Advisory locks any session of the database holds (the relay's is the only kind the service takes). */
    private static long advisoryLocksHeld() {
        return await(() -> Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted", Long.class)
                .getSingleResult())));
    }

    private static long pending() {
        return await(() -> Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery("select count(*) from OutboxEvent", Long.class).getSingleResult())));
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The numbers published for {@code keys}, per key in the order the broker holds them, once {@code expected} are read. */
    private static Map<String, List<Integer>> numbersByKey(List<String> keys, int expected, Duration deadline) {
        Map<String, List<Integer>> numbers = new HashMap<>();
        int read = 0;
        long end = System.nanoTime() + deadline.toNanos();
        long settleUntil = Long.MAX_VALUE;
        try (KafkaConsumer<String, String> consumer = TestConsumers.fromTheStart(Topic.LIBRARY_MODEL_EVENTS)) {
            // Keep reading a few seconds after the last expected record, so a duplicate would be seen too.
            while (System.nanoTime() < Math.min(end, settleUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (keys.contains(record.key())) {
                        numbers.computeIfAbsent(record.key(), k -> new ArrayList<>())
                                .add(EventJson.read(record.value(), Numbered.class).n());
                        if (++read == expected) {
                            settleUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                        }
                    }
                }
            }
        }
        return numbers;
    }
}
