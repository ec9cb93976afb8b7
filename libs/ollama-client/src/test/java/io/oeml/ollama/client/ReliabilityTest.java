package io.oeml.ollama.client;

import static io.oeml.ollama.client.OllamaContractSuite.await;
import static io.oeml.ollama.client.OllamaContractSuite.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.oeml.ollama.client.error.ConnectionClosedException;
import io.oeml.ollama.client.error.ConnectionRefusedException;
import io.oeml.ollama.client.error.OllamaTimeoutException;
import io.oeml.ollama.client.error.ServerErrorException;
import io.oeml.ollama.client.error.StreamErrorException;
import io.oeml.ollama.client.generate.GenerateRequest;
import io.oeml.ollama.client.generate.GenerateResponse;
import io.oeml.ollama.client.generate.Options;
import io.oeml.ollama.emulator.OllamaEmulator;
import io.vertx.mutiny.core.Vertx;

/** Cancellation and typed failures, with faults injected into the emulator. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliabilityTest {

    private static final String MODEL = "llama3.1:8b";
    private OllamaEmulator emulator;
    private Vertx vertx;
    private OllamaClient client;

    @BeforeAll
    void start() {
        emulator = OllamaEmulator.start(0);
        vertx = Vertx.vertx();
        client = OllamaClient.create(vertx, OllamaHostConfig.of(emulator.baseUrl()).withMaxConnections(1));
    }

    @AfterEach
    void clearFaults() {
        emulator.faults().clear();
    }

    @AfterAll
    void stop() {
        client.close();
        vertx.closeAndAwait();
        emulator.close();
    }

    private static GenerateRequest longPrompt() {
        return GenerateRequest.builder(MODEL).prompt("Tell a long story about a lighthouse.")
                .options(Options.builder().seed(11).build()).build();
    }

    @Test
    void cancellingAStreamStopsReadingAndFreesTheConnection() throws Exception {
        emulator.faults().slowChunks("/api/generate", Duration.ofMillis(25), 1);
        long abortedBefore = emulator.stats().abortedStreams();
        AtomicInteger seen = new AtomicInteger();
        List<GenerateResponse> first = client.generateStream(longPrompt())
                .invoke(c -> seen.incrementAndGet())
                .select().first(3)
                .collect().asList().await().atMost(Duration.ofSeconds(10));
        assertEquals(3, first.size());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (emulator.stats().abortedStreams() == abortedBefore && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(abortedBefore + 1, emulator.stats().abortedStreams(), "the emulator saw the client go away");
        assertEquals(0, emulator.stats().activeStreams(), "and stopped writing");
        long chunks = emulator.stats().chunksWritten();
        Thread.sleep(100);
        assertEquals(chunks, emulator.stats().chunksWritten(), "no more chunks are written");
        assertEquals(3, seen.get(), "nothing more was read after the cancel");
        // The pool has a single connection: this call only succeeds if the cancelled stream gave it back.
        GenerateResponse next = client.generate(GenerateRequest.of(MODEL, "hi")).await().atMost(Duration.ofSeconds(2));
        assertTrue(next.done());
    }

    @Test
    void anErrorLineMidStreamIsATypedStreamError() {
        emulator.faults().errorMidStream("/api/generate", 3, "llama runner process has terminated: exit status 2", 1);
        Throwable t = failure(client.generateStream(longPrompt()));
        StreamErrorException e = assertInstanceOf(StreamErrorException.class, t);
        assertEquals("llama runner process has terminated: exit status 2", e.ollamaMessage());
        assertEquals(3, e.chunksBefore());
        assertTrue(await(client.generate(GenerateRequest.of(MODEL, "hi"))).done(), "the client still works");
    }

    @Test
    void aServerErrorIsTyped() {
        emulator.faults().failWith("/api/generate", 500, "model requires more system memory (12.0 GiB) than is "
                + "available (8.0 GiB)", 1);
        ServerErrorException e = assertInstanceOf(ServerErrorException.class,
                failure(client.generate(GenerateRequest.of(MODEL, "hi"))));
        assertEquals(500, e.status());
        assertTrue(e.ollamaMessage().startsWith("model requires more system memory"));
        emulator.faults().failWith("/api/chat", 503, "server busy, please try again.  maximum pending requests "
                + "exceeded", 1);
        ServerErrorException busy = assertInstanceOf(ServerErrorException.class, failure(client.chat(
                io.oeml.ollama.client.generate.ChatRequest.of(MODEL,
                        io.oeml.ollama.client.generate.Message.user("hi")))));
        assertTrue(busy.busy());
    }

    @Test
    void aDroppedConnectionIsTyped() {
        emulator.faults().dropConnection("/api/generate", 2, 1);
        assertInstanceOf(ConnectionClosedException.class, failure(client.generateStream(longPrompt())));
        emulator.faults().dropConnection("/api/tags", 0, 1);
        assertInstanceOf(ConnectionClosedException.class, failure(client.tags()));
        assertTrue(await(client.tags()).models().size() > 0, "the next call reconnects");
    }

    @Test
    void aSlowHostIsATypedReadTimeout() {
        try (OllamaClient impatient = OllamaClient.create(vertx, OllamaHostConfig.of(emulator.baseUrl())
                .withReadTimeout(Duration.ofMillis(300)))) {
            emulator.faults().delay("/api/tags", Duration.ofSeconds(2), 1);
            long t0 = System.nanoTime();
            OllamaTimeoutException e = assertInstanceOf(OllamaTimeoutException.class, failure(impatient.tags()));
            assertEquals(OllamaTimeoutException.Phase.READ, e.phase());
            assertTrue(System.nanoTime() - t0 < Duration.ofMillis(1500).toNanos(), "failed at the timeout");
            emulator.faults().slowChunks("/api/generate", Duration.ofMillis(800), 1);
            assertInstanceOf(OllamaTimeoutException.class, failure(impatient.generateStream(longPrompt())),
                    "the read timeout also bounds the gap between chunks");
        }
    }

    @Test
    void nothingListeningIsATypedConnectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (OllamaClient nowhere = OllamaClient.create(vertx, OllamaHostConfig.of("http://127.0.0.1:" + port))) {
            assertInstanceOf(ConnectionRefusedException.class, failure(nowhere.tags()));
            assertInstanceOf(ConnectionRefusedException.class, failure(nowhere.generateStream(longPrompt())));
            assertInstanceOf(ConnectionRefusedException.class, failure(nowhere.version()));
        }
    }
}
