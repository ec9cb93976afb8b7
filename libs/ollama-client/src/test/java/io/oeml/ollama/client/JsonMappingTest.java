package io.oeml.ollama.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.oeml.ollama.client.generate.ChatRequest;
import io.oeml.ollama.client.generate.Format;
import io.oeml.ollama.client.generate.GenerateRequest;
import io.oeml.ollama.client.generate.GenerateResponse;
import io.oeml.ollama.client.generate.KeepAlive;
import io.oeml.ollama.client.generate.Message;
import io.oeml.ollama.client.generate.Options;
import io.oeml.ollama.client.generate.Think;
import io.oeml.ollama.client.json.OllamaJson;
import io.oeml.ollama.client.model.ShowResponse;

/** Exact JSON names, nanosecond durations, omitted metrics, keep_alive forms. */
class JsonMappingTest {

    @Test
    void aFinalChunkFromTheReferenceMapsToTypedMetrics() throws Exception {
        String json = """
                {"model":"llama3.2","created_at":"2023-08-04T19:22:45.499127-07:00","response":"","done":true,
                 "done_reason":"stop","context":[1,2,3],"total_duration":10706818083,"load_duration":6338219291,
                 "prompt_eval_count":26,"prompt_eval_duration":130079000,"eval_count":259,
                 "eval_duration":4232710000}""";
        GenerateResponse r = OllamaJson.MAPPER.readValue(json, GenerateResponse.class);
        assertEquals(Duration.ofNanos(10_706_818_083L), r.totalDuration());
        assertEquals(259, r.evalCount());
        assertEquals(259 / 4.23271, r.metrics().tokensPerSecond(), 0.01);
        assertEquals(-7 * 3600, r.createdAt().getOffset().getTotalSeconds());
        assertEquals(499_127_000, r.createdAt().getNano());
    }

    @Test
    void metricsOllamaOmitsAreZero() throws Exception {
        GenerateResponse r = OllamaJson.MAPPER.readValue("""
                {"model":"m","created_at":"2024-01-01T00:00:00Z","response":"x","done":true,"eval_count":3,
                 "eval_duration":1000000}""", GenerateResponse.class);
        assertEquals(Duration.ZERO, r.totalDuration());
        assertEquals(Duration.ZERO, r.promptEvalDuration());
        assertEquals(0, r.promptEvalCount());
        assertEquals(0.0, r.metrics().promptTokensPerSecond());
        assertEquals(3000.0, r.metrics().tokensPerSecond(), 1e-9);
    }

    @Test
    void requestsUseOllamasFieldNamesAndLeaveNullsOut() throws Exception {
        GenerateRequest g = GenerateRequest.builder("m").prompt("p").keepAlive(KeepAlive.forever())
                .format(Format.schema(Map.of("type", "object"))).think(Think.high()).topLogprobs(3)
                .options(Options.builder().numCtx(8192).temperature(0.2).stop("a", "b").build()).build()
                .withStream(false);
        JsonNode n = OllamaJson.MAPPER.valueToTree(g);
        assertEquals(-1, n.get("keep_alive").asInt(), "negative keep_alive goes as the number -1");
        assertEquals("object", n.get("format").get("type").asText());
        assertEquals("high", n.get("think").asText());
        assertEquals(3, n.get("top_logprobs").asInt());
        assertEquals(8192, n.get("options").get("num_ctx").asInt());
        assertEquals(2, n.get("options").get("stop").size());
        assertTrue(!n.has("suffix") && !n.has("system"), n.toString());
        assertEquals(false, n.get("stream").asBoolean());
        JsonNode chat = OllamaJson.MAPPER.valueToTree(ChatRequest.of("m", Message.tool("get_weather", "sunny")));
        assertEquals("get_weather", chat.get("messages").get(0).get("tool_name").asText());
    }

    @Test
    void keepAliveIsAlwaysAValidGoDurationOrNumber() {
        assertEquals("600s", KeepAlive.of(Duration.ofMinutes(10)).value());
        assertEquals("1500ms", KeepAlive.of(Duration.ofMillis(1500)).value());
        assertEquals(-1, KeepAlive.of(Duration.ofSeconds(-5)).value());
        assertEquals(0, KeepAlive.of(Duration.ZERO).value());
        assertEquals("1h30m", KeepAlive.goDuration("1h30m").value());
        assertThrows(IllegalArgumentException.class, () -> KeepAlive.goDuration("-1"));
    }

    @Test
    void showParametersTextParsesToAMap() {
        ShowResponse s = new ShowResponse(null, null, """
                num_ctx                        4096
                stop                           "<|start_header_id|>"
                stop                           "<|eot_id|>"
                temperature                    0.6""", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        Map<String, List<String>> p = s.parameterMap();
        assertEquals(List.of("4096"), p.get("num_ctx"));
        assertEquals(List.of("<|start_header_id|>", "<|eot_id|>"), p.get("stop"));
    }
}
