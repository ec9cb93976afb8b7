package io.oeml.ollama.client.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.oeml.ollama.client.generate.Message;

/**
 * {@code POST /api/show} ({@code api.ShowResponse}).
 *
 * @param parameters one string, a line per value: {@code key} padded to 30 characters, Go-syntax value; see
 *     {@link #parameterMap()}
 * @param modelInfo GGUF metadata ({@code general.architecture}, {@code <arch>.block_count} ...); arrays are null
 *     unless verbose (v0.24.0)
 * @param tensors every tensor (v0.6.1+)
 * @param capabilities completion, tools, insert, vision, embedding, thinking ... (v0.6.4+)
 */
public record ShowResponse(
        String license,
        String modelfile,
        String parameters,
        String template,
        String system,
        String renderer,
        String parser,
        String requires,
        ModelDetails details,
        List<Message> messages,
        @JsonProperty("model_info") Map<String, Object> modelInfo,
        @JsonProperty("projector_info") Map<String, Object> projectorInfo,
        List<TensorInfo> tensors,
        List<String> capabilities,
        @JsonProperty("modified_at") OffsetDateTime modifiedAt,
        @JsonProperty("remote_model") String remoteModel,
        @JsonProperty("remote_host") String remoteHost) {

    public ShowResponse {
        modelInfo = modelInfo == null ? Map.of() : modelInfo;
        tensors = tensors == null ? List.of() : tensors;
        capabilities = capabilities == null ? List.of() : capabilities;
    }

    /** {@code general.architecture}, e.g. "llama", "qwen2". */
    public String architecture() {
        Object a = modelInfo.get("general.architecture");
        return a == null ? (details == null ? null : details.family()) : a.toString();
    }

    /** A numeric model_info value; {@code key} may omit the architecture prefix (".block_count"). */
    public Long info(String key) {
        String k = key.startsWith(".") ? architecture() + key : key;
        Object v = modelInfo.get(k);
        return v instanceof Number n ? n.longValue() : null;
    }

    public boolean hasCapability(String capability) {
        return capabilities.contains(capability);
    }

    /** The {@code parameters} text as name → values (one value per line; {@code stop} usually has several). */
    public Map<String, List<String>> parameterMap() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (parameters == null) {
            return out;
        }
        for (String line : parameters.split("\n")) {
            String t = line.strip();
            int sp = t.indexOf(' ');
            if (sp <= 0) {
                continue;
            }
            String value = t.substring(sp).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            }
            out.computeIfAbsent(t.substring(0, sp), k -> new ArrayList<>()).add(value);
        }
        return out;
    }
}
