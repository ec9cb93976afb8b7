package io.oeml.ollama.client;

import static io.oeml.ollama.client.OllamaContractSuite.await;
import static io.oeml.ollama.client.OllamaContractSuite.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.oeml.ollama.client.error.ServerErrorException;
import io.oeml.ollama.client.error.StreamErrorException;
import io.oeml.ollama.client.generate.GenerateRequest;
import io.oeml.ollama.client.generate.GenerateResponse;
import io.oeml.ollama.client.generate.Options;
import io.oeml.ollama.client.model.CreateRequest;
import io.oeml.ollama.client.model.ProgressResponse;
import io.oeml.ollama.client.model.RunningModel;
import io.oeml.ollama.client.model.ShowRequest;
import io.oeml.ollama.client.model.ShowResponse;
import io.oeml.ollama.emulator.EmulatedHardware;
import io.oeml.ollama.emulator.EmulatorConfig;
import io.oeml.ollama.emulator.OllamaEmulator;
import io.oeml.ollama.emulator.model.GgmlType;
import io.oeml.ollama.emulator.model.Gguf;
import io.oeml.ollama.emulator.model.Tensor;
import io.oeml.ollama.emulator.sim.EvalPrompts.EvalPrompt;
import io.vertx.mutiny.core.Vertx;

/**
 * The emulator's models seen through the client: the cost model's response to load-time options, the correctness
 * model's response surface, and create from GGUF files, adapters and quantization. Emulator-only by nature.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmulatorModelsTest {

    private static final String MODEL = "llama3.1:8b";
    private OllamaEmulator emulator;
    private Vertx vertx;
    private OllamaClient client;

    @BeforeAll
    void start() {
        emulator = OllamaEmulator.start(0);
        vertx = Vertx.vertx();
        client = OllamaClient.create(vertx, OllamaHostConfig.of(emulator.baseUrl()));
    }

    @AfterAll
    void stop() {
        client.close();
        vertx.closeAndAwait();
        emulator.close();
    }

    private GenerateResponse run(Options o) {
        return await(client.generate(GenerateRequest.builder(MODEL)
                .prompt("Summarise the history of the printing press in detail. ".repeat(40))
                .options(o.toBuilder().seed(5).numPredict(64).build()).build()));
    }

    @Test
    void loadTimeOptionsDriveTimingsAndReloads() {
        GenerateResponse first = run(Options.builder().numCtx(4096).build());
        GenerateResponse warm = run(Options.builder().numCtx(4096).build());
        assertTrue(first.loadDuration().toMillis() > 1000, "first use loads the weights");
        assertTrue(warm.loadDuration().toMillis() < 5, "same load-time options: no reload");
        GenerateResponse reload = run(Options.builder().numCtx(8192).build());
        assertTrue(reload.loadDuration().toMillis() > 1000, "num_ctx changed: reload");

        GenerateResponse gpu = run(Options.builder().numGpu(-1).build());
        GenerateResponse cpu = run(Options.builder().numGpu(0).build());
        assertTrue(gpu.metrics().tokensPerSecond() > 4 * cpu.metrics().tokensPerSecond(),
                gpu.metrics().tokensPerSecond() + " vs " + cpu.metrics().tokensPerSecond());
        GenerateResponse oneThread = run(Options.builder().numGpu(0).numThread(1).build());
        assertTrue(cpu.metrics().tokensPerSecond() > 2 * oneThread.metrics().tokensPerSecond());

        GenerateResponse smallBatch = run(Options.builder().numBatch(32).build());
        GenerateResponse bigBatch = run(Options.builder().numBatch(1024).build());
        assertTrue(bigBatch.metrics().promptTokensPerSecond() > 1.5 * smallBatch.metrics().promptTokensPerSecond());
    }

    @Test
    void memoryFollowsNumCtxAndTooMuchIsAnError() {
        run(Options.builder().numCtx(4096).build());
        RunningModel small = loaded();
        assertEquals(small.size(), small.sizeVram(), "fits the 8 GiB GPU");
        run(Options.builder().numCtx(32768).build());
        RunningModel big = loaded();
        assertEquals(32768, big.contextLength());
        assertTrue(big.size() > small.size() + 3L * (1L << 30), "KV grows by 128 KiB per token");
        assertTrue(big.sizeVram() < big.size(), "partial offload: " + big.processor());
        try (OllamaEmulator small16 = OllamaEmulator.start(EmulatorConfig.defaults()
                .withHardware(EmulatedHardware.cpuOnly().withRam(16 * EmulatedHardware.GIB)));
             OllamaClient c = OllamaClient.create(vertx, OllamaHostConfig.of(small16.baseUrl()))) {
            ServerErrorException e = assertInstanceOf(ServerErrorException.class,
                    failure(c.generate(GenerateRequest.builder(MODEL).prompt("hi")
                            .options(Options.builder().numCtx(131072).build()).build())));
            assertTrue(e.ollamaMessage().startsWith("model requires more system memory"), e.ollamaMessage());
            assertEquals(500, e.status());
        }
    }

    private RunningModel loaded() {
        return await(client.ps()).models().stream().filter(m -> m.name().equals(MODEL)).findFirst().orElseThrow();
    }

    @Test
    void accuracyPeaksAtTheDocumentedTemperatureAndTopP() {
        double best = accuracy(0.3, 0.8);
        double hot = accuracy(1.6, 0.8);
        double narrow = accuracy(0.3, 0.2);
        assertTrue(best > hot + 0.3, best + " vs hot " + hot);
        assertTrue(best > narrow + 0.2, best + " vs narrow top_p " + narrow);
        assertEquals(best, accuracy(0.3, 0.8), "deterministic for the same seeds");
    }

    /** Share of right answers over the eval set and seeds 0..4. */
    private double accuracy(double temperature, double topP) {
        int right = 0;
        int total = 0;
        for (EvalPrompt p : OllamaEmulator.evalPrompts()) {
            for (int seed = 0; seed < 5; seed++) {
                GenerateResponse r = await(client.generate(GenerateRequest.builder(MODEL).prompt(p.prompt())
                        .options(Options.builder().temperature(temperature).topP(topP).seed(seed).build()).build()));
                right += r.response().equals(p.answer()) ? 1 : 0;
                total++;
            }
        }
        return (double) right / total;
    }

    @Test
    void showGivesGgufArraysAsNullUnlessVerboseAsOllama0240Does() throws Exception {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("general.architecture", "llama");
        meta.put("general.file_type", 1);
        meta.put("general.languages", List.of("en"));
        meta.put("tokenizer.ggml.tokens", List.of("a", "b", "c"));
        meta.put("llama.block_count", 1);
        Path gguf = Files.createTempFile("arrays", ".gguf");
        try {
            Files.write(gguf, Gguf.write(meta, List.of(new Tensor("blk.0.attn_q.weight", GgmlType.F16,
                    new long[] {8, 8}))));
            await(client.create(CreateRequest.builder("tiny-arrays")
                    .file("model.gguf", await(client.uploadBlob(gguf)).digest()).build()));
            Map<String, Object> brief = await(client.show("tiny-arrays")).modelInfo();
            assertTrue(brief.containsKey("tokenizer.ggml.tokens") && brief.get("tokenizer.ggml.tokens") == null);
            assertTrue(brief.containsKey("general.languages") && brief.get("general.languages") == null);
            Map<String, Object> verbose = await(client.show(new ShowRequest("tiny-arrays", true))).modelInfo();
            assertEquals(List.of("a", "b", "c"), verbose.get("tokenizer.ggml.tokens"));
        } finally {
            Files.deleteIfExists(gguf);
        }
    }

    @Test
    void createFromAGgufFileAndWithAnAdapter() throws Exception {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("general.architecture", "llama");
        meta.put("general.file_type", 1);
        meta.put("general.parameter_count", 1_000_000L);
        meta.put("llama.block_count", 2);
        meta.put("llama.context_length", 2048);
        meta.put("llama.embedding_length", 256);
        meta.put("llama.attention.head_count", 4);
        meta.put("llama.attention.head_count_kv", 4);
        meta.put("llama.feed_forward_length", 512);
        List<Tensor> tensors = List.of(new Tensor("token_embd.weight", GgmlType.F16, new long[] {256, 1000}),
                new Tensor("blk.0.attn_q.weight", GgmlType.F16, new long[] {256, 256}),
                new Tensor("blk.1.attn_q.weight", GgmlType.F16, new long[] {256, 256}));
        Path gguf = Files.createTempFile("tiny", ".gguf");
        Path adapter = Files.createTempFile("lora", ".gguf");
        try {
            Files.write(gguf, Gguf.write(meta, tensors));
            Files.write(adapter, Gguf.write(Map.of("general.architecture", "llama", "general.type", "adapter"),
                    List.of()));
            String modelDigest = await(client.uploadBlob(gguf)).digest();
            String adapterDigest = await(client.uploadBlob(adapter)).digest();

            List<ProgressResponse> p = await(client.createStream(CreateRequest.builder("tiny-llama")
                    .file("model.gguf", modelDigest).build()));
            assertEquals("parsing GGUF", p.get(0).status());
            assertTrue(p.get(p.size() - 1).success());
            ShowResponse s = await(client.show("tiny-llama"));
            assertEquals("llama", s.architecture());
            assertEquals(2L, s.info(".block_count"));
            assertEquals(3, s.tensors().size());
            assertEquals("F16", s.details().quantizationLevel());

            assertTrue(await(client.create(CreateRequest.builder("tiny-llama-lora").from("tiny-llama")
                    .adapter("adapter.gguf", adapterDigest).build())).success());
            ShowResponse lora = await(client.show("tiny-llama-lora"));
            assertTrue(lora.modelfile().contains("ADAPTER "), lora.modelfile());
            assertEquals("tiny-llama:latest", lora.details().parentModel());

            assertTrue(await(client.create(CreateRequest.builder("tiny-q4").from("tiny-llama").quantize("q4_K_M")
                    .build())).success());
            assertEquals("Q4_K_M", await(client.show("tiny-q4")).details().quantizationLevel());
            StreamErrorException notF16 = assertInstanceOf(StreamErrorException.class, failure(client.createStream(
                    CreateRequest.builder("double-q").from("tiny-q4").quantize("q8_0").build())));
            assertEquals("quantization is only supported for F16, BF16 and F32 models", notF16.ollamaMessage());
            StreamErrorException arch = assertInstanceOf(StreamErrorException.class, failure(client.createStream(
                    CreateRequest.builder("qwen-lora").from("qwen2.5:7b")
                            .adapter("adapter_model.safetensors", adapterDigest)
                            .adapter("adapter_config.json", adapterDigest).build())));
            assertEquals("unsupported architecture", arch.ollamaMessage());
        } finally {
            Files.deleteIfExists(gguf);
            Files.deleteIfExists(adapter);
        }
    }

    @Test
    void quantizingAnF16SeedModelChangesItsTensorsAndSize() {
        ShowResponse f16 = await(client.show("smollm2:135m"));
        assertEquals("F16", f16.details().quantizationLevel());
        assertTrue(await(client.create(CreateRequest.builder("smollm2-q8").from("smollm2:135m").quantize("q8_0")
                .build())).success());
        ShowResponse q8 = await(client.show("smollm2-q8"));
        assertEquals("Q8_0", q8.details().quantizationLevel());
        assertTrue(q8.tensors().stream().anyMatch(t -> t.type().equals("Q8_0")));
        long f16Size = await(client.tags()).models().stream().filter(m -> m.name().equals("smollm2:135m"))
                .findFirst().orElseThrow().size();
        long q8Size = await(client.tags()).models().stream().filter(m -> m.name().equals("smollm2-q8:latest"))
                .findFirst().orElseThrow().size();
        assertTrue(q8Size < f16Size * 0.7, q8Size + " vs " + f16Size);
    }
}
