package io.oeml.ollama.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import io.oeml.ollama.client.blob.BlobUpload;
import io.oeml.ollama.client.embed.EmbedRequest;
import io.oeml.ollama.client.embed.EmbedResponse;
import io.oeml.ollama.client.error.BadRequestException;
import io.oeml.ollama.client.error.ModelNotFoundException;
import io.oeml.ollama.client.error.ServerErrorException;
import io.oeml.ollama.client.error.StreamErrorException;
import io.oeml.ollama.client.generate.ChatRequest;
import io.oeml.ollama.client.generate.ChatResponse;
import io.oeml.ollama.client.generate.Format;
import io.oeml.ollama.client.generate.GenerateRequest;
import io.oeml.ollama.client.generate.GenerateResponse;
import io.oeml.ollama.client.generate.KeepAlive;
import io.oeml.ollama.client.generate.Message;
import io.oeml.ollama.client.generate.Options;
import io.oeml.ollama.client.generate.Think;
import io.oeml.ollama.client.json.OllamaJson;
import io.oeml.ollama.client.model.CreateRequest;
import io.oeml.ollama.client.model.ModelSummary;
import io.oeml.ollama.client.model.ProgressResponse;
import io.oeml.ollama.client.model.PullRequest;
import io.oeml.ollama.client.model.RunningModel;
import io.oeml.ollama.client.model.ShowResponse;
import io.oeml.ollama.client.version.HostVersion;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The client's contract with an Ollama host: every endpoint the product uses, streaming and not, through the typed
 * client. {@link EmulatorContractTest} runs it against the OllamaEmulator on every build;
 * {@link LiveOllamaContractTest} runs the same tests against a real Ollama: the one local-infra builds and starts, or
 * the host at {@code OLLAMA_BASE_URL}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OllamaContractSuite {

    /** Generous: a real model on a shared 2-core machine decodes a few tokens per second at worst. */
    static final Duration WAIT = Duration.ofMinutes(3);

    protected abstract ContractTarget target();

    OllamaClient client() {
        return target().client();
    }

    static <T> T await(Uni<T> uni) {
        return uni.await().atMost(WAIT);
    }

    static <T> List<T> await(Multi<T> multi) {
        return multi.collect().asList().await().atMost(WAIT);
    }

    /** The typed failure of a Uni (unwrapped). */
    static Throwable failure(Uni<?> uni) {
        try {
            uni.await().atMost(WAIT);
        } catch (CompletionException e) {
            return e.getCause();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    static Throwable failure(Multi<?> multi) {
        return failure(multi.collect().asList());
    }

    // --------------------------------------------------------------------------------------------- version

    @Test
    void versionIsReadOnceAndGivesTheEra() {
        HostVersion v = await(client().version());
        assertNotNull(v.version());
        assertNotNull(v.era());
        assertEquals(target().emulator(), v.emulated(), "only the emulator says it is one");
        assertTrue(v == await(client().version()), "cached per host");
        assertTrue(await(client().ping()));
        target().emulatorOnly("the version and era of the host", () -> {
            assertEquals("0.33.0", v.version().raw());
            assertEquals(io.oeml.ollama.client.version.OllamaEra.C_LLAMA_SERVER, v.era());
        });
    }

    // ----------------------------------------------------------------------------------------- tags, show, ps

    @Test
    void tagsListLocalModelsWithDetails() {
        List<ModelSummary> models = await(client().tags()).models();
        assertFalse(models.isEmpty());
        ModelSummary m = models.stream().filter(x -> x.name().equals(target().model())).findFirst().orElseThrow();
        assertTrue(m.digest().matches("[0-9a-f]{64}"), m.digest());
        assertTrue(m.size() > 0);
        assertNotNull(m.modifiedAt());
        assertEquals("gguf", m.details().format());
        for (int i = 1; i < models.size(); i++) {
            assertFalse(models.get(i).modifiedAt().isAfter(models.get(i - 1).modifiedAt()), "newest first");
        }
        target().emulatorOnly("sizes and digests of the host's models", () -> {
            assertEquals("46e0c10c039e", m.digest().substring(0, 12), "the library's real manifest ID");
            assertEquals(4_900_000_000L, m.size());
            assertEquals("Q4_K_M", m.details().quantizationLevel());
            assertEquals(131072, m.details().contextLength());
            assertEquals(List.of("completion", "tools"), m.capabilities());
        });
    }

    @Test
    void showGivesDetailsModelInfoCapabilitiesParametersTemplateTensors() {
        ShowResponse s = await(client().show(target().model()));
        assertNotNull(s.architecture());
        assertNotNull(s.info(".block_count"));
        assertNotNull(s.info(".embedding_length"));
        assertTrue(s.hasCapability("completion"));
        assertNotNull(s.template());
        assertNotNull(s.details());
        assertFalse(s.tensors().isEmpty(), "tensors are listed without verbose since v0.6.1");
        assertTrue(s.tensors().stream().anyMatch(t -> t.name().startsWith("blk.0.")));
        target().emulatorOnly("the exact metadata of the host's copy", () -> {
            assertEquals("llama", s.architecture());
            assertEquals(32L, s.info(".block_count"));
            assertEquals(8L, s.info(".attention.head_count_kv"));
            assertEquals(15L, s.info("general.file_type"));
            assertEquals(32 * 9 + 3, s.tensors().size());
            assertEquals(List.of("<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"),
                    s.parameterMap().get("stop"));
            assertTrue(s.modelfile().contains("FROM "));
        });
    }

    @Test
    void psListsWhatIsLoadedWithSizes() {
        await(client().generate(GenerateRequest.builder(target().model()).prompt("Say hi.")
                .options(Options.builder().numPredict(8).build()).keepAlive(KeepAlive.of(Duration.ofMinutes(2)))
                .build()));
        RunningModel r = await(client().ps()).models().stream().filter(x -> x.name().equals(target().model()))
                .findFirst().orElseThrow();
        assertTrue(r.size() > 0);
        assertTrue(r.sizeVram() >= 0 && r.sizeVram() <= r.size());
        assertTrue(r.expiresAt().isAfter(OffsetDateTime.now()));
        assertNotNull(r.processor());
        target().emulatorOnly("how much memory and VRAM a real host's runner takes", () -> {
            assertEquals(4096, r.contextLength());
            assertEquals("100% GPU", r.processor(), "8 GiB emulated GPU holds llama3.1:8b at 4096");
        });
    }

    // ------------------------------------------------------------------------------------------- generate

    @Test
    void generateNonStreamingReturnsTextAndMetrics() {
        GenerateResponse r = await(client().generate(GenerateRequest.builder(target().model())
                .prompt("What is the capital of France? Answer with one word.")
                .options(Options.builder().temperature(0.2).topP(0.8).seed(7).numPredict(32).build()).build()));
        assertTrue(r.done());
        assertFalse(r.response().isBlank());
        assertTrue(List.of("stop", "length").contains(r.doneReason()), r.doneReason());
        assertTrue(r.evalCount() > 0 && r.evalCount() <= 32);
        assertTrue(r.totalDuration().compareTo(r.evalDuration()) >= 0);
        assertTrue(r.metrics().tokensPerSecond() > 0);
        assertNotNull(r.createdAt());
        target().emulatorOnly("which answer a real model gives", () -> {
            assertTrue(List.of("Paris", "Lyon", "Marseille", "Brussels").contains(r.response()), r.response());
            GenerateResponse again = await(client().generate(GenerateRequest.builder(target().model())
                    .prompt("What is the capital of France? Answer with one word.")
                    .options(Options.builder().temperature(0.2).topP(0.8).seed(7).numPredict(32).build()).build()));
            assertEquals(r.response(), again.response(), "same seed, same answer");
        });
    }

    @Test
    void generateStreamingSendsDeltasThenTheFinalChunkWithStats() {
        List<GenerateResponse> chunks = await(client().generateStream(GenerateRequest.builder(target().model())
                .prompt("Write two sentences about rivers.").options(Options.builder().numPredict(16).build())
                .build()));
        assertTrue(chunks.size() >= 2);
        GenerateResponse last = chunks.get(chunks.size() - 1);
        assertTrue(last.done());
        assertNotNull(last.doneReason());
        assertTrue(last.evalCount() > 0);
        assertTrue(last.evalDuration().compareTo(Duration.ZERO) > 0);
        for (GenerateResponse c : chunks.subList(0, chunks.size() - 1)) {
            assertFalse(c.done());
            assertEquals(Duration.ZERO, c.totalDuration(), "metrics are omitted (zero) on non-final chunks");
        }
        String text = chunks.stream().map(GenerateResponse::response).reduce("", String::concat);
        assertFalse(text.isBlank());
    }

    @Test
    void numPredictCutsTheReplyWithDoneReasonLength() {
        GenerateResponse r = await(client().generate(GenerateRequest.builder(target().model())
                .prompt("Count slowly from one to one hundred, one number per line.")
                // Greedy and seeded: sampled, a tiny model now and then ends its reply within five tokens ("stop").
                .options(Options.builder().numPredict(5).temperature(0.0).seed(7).build()).build()));
        assertEquals("length", r.doneReason());
        assertTrue(r.evalCount() <= 5, "eval_count " + r.evalCount());
    }

    @Test
    void formatJsonAndJsonSchemaGiveJson() throws Exception {
        // num_predict is a safety net only, far above what a small JSON object takes: a cut object would not parse.
        GenerateResponse any = await(client().generate(GenerateRequest.builder(target().model())
                .prompt("What is the capital of France? Reply with a JSON object with the single key capital.")
                .format(Format.json())
                .options(Options.builder().numPredict(256).temperature(0).build()).build()));
        assertTrue(OllamaJson.MAPPER.readTree(any.response()).isObject(), any.response());
        Format schema = Format.schema("""
                {"type":"object","properties":{"answer":{"type":"string"},"confidence":{"type":"number"}},
                 "required":["answer","confidence"]}""");
        GenerateResponse r = await(client().generate(GenerateRequest.builder(target().model())
                .prompt("What is the capital of France? Reply as JSON with answer and confidence.").format(schema)
                .options(Options.builder().numPredict(256).temperature(0).build()).build()));
        JsonNode n = OllamaJson.MAPPER.readTree(r.response());
        assertTrue(n.has("answer") && n.has("confidence"), r.response());
    }

    @Test
    void emptyPromptLoadsAndKeepAliveZeroUnloads() throws Exception {
        GenerateResponse load = await(client().generate(GenerateRequest.builder(target().model()).prompt("").build()));
        assertEquals("load", load.doneReason());
        GenerateResponse unload = await(client().generate(GenerateRequest.builder(target().model()).prompt("")
                .keepAlive(KeepAlive.unloadImmediately()).build()));
        assertEquals("unload", unload.doneReason());
        boolean gone = false;
        for (int i = 0; i < 50 && !gone; i++) {
            try {
                gone = await(client().ps()).models().stream().noneMatch(m -> m.name().equals(target().model()));
            } catch (ServerErrorException unloading) {
                // Ollama 0.24.0 may answer /api/ps 500 with an empty error while the runner is stopping (seen here).
                assertEquals(500, unloading.status());
            }
            if (!gone) {
                Thread.sleep(100);
            }
        }
        assertTrue(gone, "unloaded model left /api/ps");
    }

    @Test
    void thinkingModelSeparatesThinkingFromTheAnswer() {
        assumeTrue(target().thinkingModel() != null, "no thinking-capable model on this host");
        List<GenerateResponse> chunks = await(client().generateStream(GenerateRequest.builder(target().thinkingModel())
                .prompt("What is 12 * 12? Answer with the number only.").think(Think.on())
                .options(Options.builder().numPredict(400).build()).build()));
        String thinking = chunks.stream().map(c -> c.thinking() == null ? "" : c.thinking()).reduce("", String::concat);
        assertFalse(thinking.isBlank(), "thinking deltas arrive in their own field");
        ChatResponse chat = await(client().chat(ChatRequest.builder(target().thinkingModel())
                .message(Message.user("What is 2 to the power of 10? Answer with the number only."))
                .think(Think.on()).options(Options.builder().numPredict(400).build()).build()));
        assertNotNull(chat.message().thinking());
    }

    @Test
    void thinkOnAModelWithoutThinkingIsABadRequest() {
        Throwable t = failure(client().generate(GenerateRequest.builder(target().model()).prompt("hi")
                .think(Think.on()).build()));
        assertInstanceOf(BadRequestException.class, t);
        assertTrue(((BadRequestException) t).ollamaMessage().contains("does not support thinking"), t.getMessage());
    }

    @Test
    void rawWithSystemIsABadRequest() {
        Throwable t = failure(client().generate(GenerateRequest.builder(target().model()).prompt("hi").raw(true)
                .system("be brief").build()));
        BadRequestException e = assertInstanceOf(BadRequestException.class, t);
        assertEquals("raw mode does not support template, system, or context", e.ollamaMessage());
        assertEquals(400, e.status());
    }

    // ------------------------------------------------------------------------------------------------ chat

    @Test
    void chatNonStreamingAndStreaming() {
        ChatRequest request = ChatRequest.builder(target().model())
                .message(Message.system("You answer briefly."))
                .message(Message.user("Which planet is known as the Red Planet? Answer with one word."))
                .options(Options.builder().numPredict(16).temperature(0.3).topP(0.8).seed(3).build()).build();
        ChatResponse one = await(client().chat(request));
        assertTrue(one.done());
        assertEquals("assistant", one.message().role());
        assertFalse(one.message().content().isBlank());
        assertTrue(one.evalCount() > 0);
        List<ChatResponse> chunks = await(client().chatStream(request));
        ChatResponse last = chunks.get(chunks.size() - 1);
        assertTrue(last.done());
        assertTrue(last.promptEvalCount() > 0);
        String text = chunks.stream().map(c -> c.message().content()).reduce("", String::concat);
        assertFalse(text.isBlank());
        target().emulatorOnly("what a real model answers", () -> {
            assertTrue(List.of("Mars", "Venus", "Jupiter", "Mercury").contains(text), text);
            assertEquals(one.message().content(), text, "same seed, same answer");
        });
    }

    // ----------------------------------------------------------------------------------------------- embed

    @Test
    void embedReturnsOneNormalisedVectorPerInput() {
        EmbedResponse e = await(client().embed(EmbedRequest.of(target().embedModel(), "first text", "second text")));
        assertEquals(2, e.embeddings().length);
        assertTrue(e.dimensions() > 0);
        double norm = 0;
        for (float x : e.embeddings()[0]) {
            norm += x * x;
        }
        assertEquals(1.0, norm, 1e-3);
        target().emulatorOnly("the embedding size of the host's model", () -> {
            assertEquals(384, e.dimensions(), "all-minilm:22m embedding_length");
            EmbedResponse small = await(client().embed(EmbedRequest.of(target().embedModel(), "first text")
                    .withDimensions(64)));
            assertEquals(64, small.dimensions());
        });
    }

    @Test
    void embedOnAModelWhoseEngineHasNoEmbeddingsIsNotImplemented() {
        assumeTrue(target().noEmbedModel() != null, "no model known to lack embeddings on this host");
        Throwable t = failure(client().embed(EmbedRequest.of(target().noEmbedModel(), "first text")));
        ServerErrorException e = assertInstanceOf(ServerErrorException.class, t);
        assertEquals(501, e.status());
        assertEquals("this model does not support embeddings", e.ollamaMessage());
    }

    // --------------------------------------------------------------------------------------------- errors

    @Test
    void anUnknownModelIsATypedModelNotFound() {
        String missing = "oeml-missing-" + UUID.randomUUID().toString().substring(0, 8) + ":latest";
        for (Uni<?> call : List.<Uni<?>>of(
                client().generate(GenerateRequest.of(missing, "hi")),
                client().chat(ChatRequest.of(missing, Message.user("hi"))),
                client().show(missing),
                client().embed(EmbedRequest.of(missing, "hi")),
                client().delete(missing),
                client().copy(missing, missing + "-copy"))) {
            Throwable t = failure(call);
            ModelNotFoundException e = assertInstanceOf(ModelNotFoundException.class, t);
            assertEquals(404, e.status());
            assertTrue(e.model().startsWith("oeml-missing-"), e.model());
        }
        Throwable streamed = failure(client().generateStream(GenerateRequest.of(missing, "hi")));
        assertInstanceOf(ModelNotFoundException.class, streamed);
    }

    // ------------------------------------------------------------------------- create, copy, delete, blobs

    @Test
    void createFromAModelThenShowTagsCopyDelete() {
        String name = "oeml-contract-" + UUID.randomUUID().toString().substring(0, 8);
        List<ProgressResponse> progress = await(client().createStream(CreateRequest.builder(name)
                .from(target().model())
                .system("You are a terse assistant.")
                .parameter("temperature", 0.3)
                .parameter("num_ctx", 2048)
                .messages(List.of(Message.user("hello"), Message.assistant("hi")))
                .build()));
        assertTrue(progress.get(progress.size() - 1).success(), progress.toString());
        try {
            ShowResponse s = await(client().show(name));
            assertEquals("You are a terse assistant.", s.system());
            assertEquals(List.of("0.3"), s.parameterMap().get("temperature"));
            assertEquals(List.of("2048"), s.parameterMap().get("num_ctx"));
            assertEquals(2, s.messages().size());
            assertTrue(await(client().tags()).models().stream().anyMatch(m -> m.name().startsWith(name)));
            await(client().copy(name, name + "-copy"));
            assertTrue(await(client().tags()).models().stream().anyMatch(m -> m.name().startsWith(name + "-copy")));
            await(client().delete(name + "-copy"));
        } finally {
            await(client().delete(name));
        }
        assertInstanceOf(ModelNotFoundException.class, failure(client().show(name)));
    }

    @Test
    void blobsUploadOnceAndDigestsAreChecked() throws Exception {
        Path file = Files.createTempFile("oeml-blob", ".bin");
        try {
            Files.writeString(file, "contract blob " + UUID.randomUUID(), StandardCharsets.UTF_8);
            BlobUpload up = await(client().uploadBlob(file));
            assertTrue(up.uploaded());
            assertTrue(await(client().blobExists(up.digest())));
            BlobUpload again = await(client().uploadBlob(file));
            assertFalse(again.uploaded(), "the host already has it");
            String wrong = "sha256:" + "0".repeat(64);
            assertFalse(await(client().blobExists(wrong)));
            Throwable t = failure(client().uploadBlob(file, wrong));
            BadRequestException e = assertInstanceOf(BadRequestException.class, t);
            assertTrue(e.ollamaMessage().startsWith("digest mismatch"), e.ollamaMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // ------------------------------------------------------------------------------------------------ pull

    @Test
    void pullOfAnUnknownModelFailsMidStream() {
        Throwable t = failure(client().pullStream(PullRequest.of("oeml-no-such-model-" + UUID.randomUUID()
                .toString().substring(0, 6))));
        StreamErrorException e = assertInstanceOf(StreamErrorException.class, t);
        target().emulatorOnly("the registry's wording", () ->
                assertEquals("pull model manifest: file does not exist", e.ollamaMessage()));
    }

    @Test
    void pullStreamsProgressUntilSuccess() {
        assumeTrue(target().pullModel() != null, "no registry to pull from: the project's own Ollama has no way out to"
                + " the network, and no OLLAMA_TEST_PULL_MODEL is configured");
        List<ProgressResponse> lines = await(client().pullStream(PullRequest.of(target().pullModel())));
        assertEquals("pulling manifest", lines.get(0).status());
        assertTrue(lines.stream().anyMatch(l -> l.digest() != null && l.total() > 0));
        assertTrue(lines.get(lines.size() - 1).success());
        assertTrue(await(client().pull(PullRequest.of(target().pullModel()))).success());
        assertTrue(await(client().tags()).models().stream().anyMatch(m -> m.name().equals(target().pullModel())));
    }
}
