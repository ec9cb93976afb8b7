package io.oeml.ollama.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.vertx.core.json.JsonObject;

/** Wire-level details the client cannot see through its types: texts, status codes, headers, control routes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmulatorHttpTest {

    private OllamaEmulator emu;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        emu = OllamaEmulator.start(0);
    }

    @AfterAll
    void stop() {
        emu.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emu.baseUrl() + path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String error(HttpResponse<String> r) {
        return new JsonObject(r.body()).getString("error");
    }

    @Test
    void itSaysItIsAnEmulator() throws Exception {
        HttpResponse<String> root = send("GET", "/", null);
        assertTrue(root.body().startsWith("Ollama is running"), "clients probing liveness still work");
        assertTrue(root.body().contains("OllamaEmulator"));
        assertEquals("OllamaEmulator", root.headers().firstValue("X-Ollama-Emulator").orElseThrow());
        JsonObject v = new JsonObject(send("GET", "/api/version", null).body());
        assertEquals(EmulatorConfig.DEFAULT_VERSION, v.getString("version"));
        assertEquals("OllamaEmulator", v.getString("emulator"));
        assertTrue(emu.startupLine().contains("an emulator"), emu.startupLine());
        assertEquals(EmulatorConfig.DEFAULT_STANDALONE_PORT, 11435);
    }

    @Test
    void errorsUseOllamasTextsAndStatuses() throws Exception {
        HttpResponse<String> noBody = send("POST", "/api/generate", null);
        assertEquals(400, noBody.statusCode());
        assertEquals("missing request body", error(noBody));
        HttpResponse<String> noModel = send("POST", "/api/show", "{}");
        assertEquals(400, noModel.statusCode());
        assertEquals("model is required", error(noModel));
        HttpResponse<String> missing = send("POST", "/api/show", "{\"model\":\"nope\"}");
        assertEquals(404, missing.statusCode());
        assertEquals("model 'nope' not found", error(missing));
        HttpResponse<String> keep = send("POST", "/api/generate",
                "{\"model\":\"llama3.1:8b\",\"prompt\":\"hi\",\"keep_alive\":\"-1\",\"stream\":false}");
        assertEquals(400, keep.statusCode());
        assertEquals("time: missing unit in duration \"-1\"", error(keep));
        HttpResponse<String> type = send("POST", "/api/generate",
                "{\"model\":\"llama3.1:8b\",\"prompt\":\"hi\",\"options\":{\"temperature\":\"hot\"}}");
        assertEquals(500, type.statusCode());
        assertEquals("option \"temperature\" must be of type float32", error(type));
        HttpResponse<String> embedChat = send("POST", "/api/chat",
                "{\"model\":\"all-minilm:22m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertEquals(400, embedChat.statusCode());
        assertEquals("\"all-minilm:22m\" does not support chat", error(embedChat));
        HttpResponse<String> copy = send("POST", "/api/copy", "{\"source\":\"nope\",\"destination\":\"x\"}");
        assertEquals(404, copy.statusCode());
        assertEquals("model \"nope\" not found", error(copy));
        HttpResponse<String> create = send("POST", "/api/create", "{\"model\":\"x\"}");
        assertEquals(400, create.statusCode());
        assertEquals("neither 'from' or 'files' was specified", error(create));
        HttpResponse<String> quant = send("POST", "/api/create", "{\"model\":\"x\",\"from\":\"smollm2:135m\","
                + "\"quantize\":\"q2_K\"}");
        assertEquals("unsupported quantization type q2_K", error(quant));
        assertEquals(400, send("HEAD", "/api/blobs/sha256:nothex", null).statusCode());
    }

    @Test
    void anUnknownModelOnEmbedIsWordedAsOllama0240WordsIt() throws Exception {
        HttpResponse<String> embed = send("POST", "/api/embed", "{\"model\":\"nope\",\"input\":\"hi\"}");
        assertEquals(404, embed.statusCode());
        assertEquals("model \"nope\" not found, try pulling it first", error(embed));
    }

    @Test
    void streamsAreNdjsonEndingWithAFinalChunk() throws Exception {
        HttpResponse<String> r = send("POST", "/api/generate",
                "{\"model\":\"llama3.1:8b\",\"prompt\":\"hello\",\"options\":{\"num_predict\":5}}");
        assertEquals("application/x-ndjson", r.headers().firstValue("Content-Type").orElseThrow());
        String[] lines = r.body().split("\n");
        assertEquals(6, lines.length, r.body());
        JsonObject last = new JsonObject(lines[5]);
        assertTrue(last.getBoolean("done"));
        assertEquals("length", last.getString("done_reason"));
        assertEquals(5, last.getInteger("eval_count"));
        assertTrue(last.getLong("total_duration") > 0 && last.containsKey("context"));
        assertTrue(!new JsonObject(lines[0]).containsKey("total_duration"), "omitted when zero");
    }

    @Test
    void faultsCanBeInjectedOverHttpForOutOfProcessTests() throws Exception {
        assertEquals(201, send("POST", "/emulator/faults",
                "{\"kind\":\"status\",\"path\":\"/api/tags\",\"status\":503,\"message\":\"busy\",\"times\":1}")
                .statusCode());
        assertEquals(503, send("GET", "/api/tags", null).statusCode());
        assertEquals(200, send("GET", "/api/tags", null).statusCode(), "only once");
        assertTrue(new JsonObject(send("GET", "/emulator/stats", null).body()).getJsonObject("requests")
                .getLong("/api/tags") >= 2);
        assertEquals(20, new JsonObject(send("GET", "/emulator/eval-prompts", null).body())
                .getJsonArray("prompts").size());
        assertEquals(200, send("DELETE", "/emulator/faults", null).statusCode());
    }
}
