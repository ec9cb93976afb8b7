package io.oeml.ollama.client.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.oeml.ollama.client.generate.Message;

/**
 * {@code POST /api/create}, JSON form (v0.5.5+). Either {@code from} (an existing model) or {@code files}
 * (file name → {@code sha256:<hex>} of blobs uploaded first) is required; {@code adapters} takes one GGUF LoRA or a
 * PEFT safetensors directory; {@code parameters} are merged over the parent's and not validated by Ollama.
 *
 * @param quantize q8_0, q4_K_S, q4_K_M (also F16, F32); the source must be F16/BF16/F32
 * @param info overrides such as {@code capabilities}, {@code context_length}
 */
public record CreateRequest(
        String model,
        String from,
        Map<String, String> files,
        Map<String, String> adapters,
        String template,
        String system,
        String license,
        Map<String, Object> parameters,
        List<Message> messages,
        String quantize,
        Boolean stream,
        Map<String, Object> info) {

    public static Builder builder(String model) {
        return new Builder(model);
    }

    public CreateRequest withStream(boolean s) {
        return new CreateRequest(model, from, files, adapters, template, system, license, parameters, messages,
                quantize, s, info);
    }

    public static final class Builder {
        private final String model;
        private String from;
        private Map<String, String> files;
        private Map<String, String> adapters;
        private String template;
        private String system;
        private String license;
        private Map<String, Object> parameters;
        private List<Message> messages;
        private String quantize;
        private Map<String, Object> info;

        private Builder(String model) {
            this.model = model;
        }

        public Builder from(String v) {
            from = v;
            return this;
        }

        public Builder file(String name, String digest) {
            if (files == null) {
                files = new LinkedHashMap<>();
            }
            files.put(name, digest);
            return this;
        }

        public Builder adapter(String name, String digest) {
            if (adapters == null) {
                adapters = new LinkedHashMap<>();
            }
            adapters.put(name, digest);
            return this;
        }

        public Builder template(String v) {
            template = v;
            return this;
        }

        public Builder system(String v) {
            system = v;
            return this;
        }

        public Builder license(String v) {
            license = v;
            return this;
        }

        public Builder parameter(String name, Object value) {
            if (parameters == null) {
                parameters = new LinkedHashMap<>();
            }
            parameters.put(name, value);
            return this;
        }

        public Builder messages(List<Message> v) {
            messages = v;
            return this;
        }

        public Builder quantize(String v) {
            quantize = v;
            return this;
        }

        public Builder info(String key, Object value) {
            if (info == null) {
                info = new LinkedHashMap<>();
            }
            info.put(key, value);
            return this;
        }

        public CreateRequest build() {
            return new CreateRequest(model, from, files, adapters, template, system, license, parameters, messages,
                    quantize, null, info);
        }
    }
}
