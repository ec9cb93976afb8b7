package io.oeml.ollama.emulator.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chat templates and default parameters per model family. They are representative of what the Ollama library
 * ships for these families (same prompt format and stop tokens), not byte-exact copies of the library's layers.
 */
final class Families {

    private Families() {
    }

    static String template(String name, String arch) {
        if ("bert".equals(arch) || "nomic-bert".equals(arch)) {
            return "{{ .Prompt }}";
        }
        if (name.startsWith("llama3")) {
            return """
                    {{- if .System }}<|start_header_id|>system<|end_header_id|>

                    {{ .System }}<|eot_id|>{{ end }}{{- range .Messages }}<|start_header_id|>{{ .Role }}<|end_header_id|>

                    {{ .Content }}<|eot_id|>{{ end }}<|start_header_id|>assistant<|end_header_id|>

                    """;
        }
        if (name.startsWith("tinyllama")) {
            return "<|system|>\n{{ .System }}</s>\n<|user|>\n{{ .Prompt }}</s>\n<|assistant|>\n";
        }
        return """
                {{- if .System }}<|im_start|>system
                {{ .System }}<|im_end|>
                {{ end }}{{- range .Messages }}<|im_start|>{{ .Role }}
                {{ .Content }}<|im_end|>
                {{ end }}<|im_start|>assistant
                """;
    }

    static Map<String, Object> parameters(String name, String arch) {
        Map<String, Object> p = new LinkedHashMap<>();
        if ("bert".equals(arch) || "nomic-bert".equals(arch)) {
            return p;
        }
        if (name.startsWith("llama3")) {
            p.put("stop", List.of("<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"));
        } else if (name.startsWith("tinyllama")) {
            p.put("stop", List.of("<|system|>", "<|user|>", "<|assistant|>", "</s>"));
        } else {
            p.put("stop", List.of("<|im_start|>", "<|im_end|>"));
        }
        if (name.startsWith("qwen3")) {
            p.put("temperature", 0.6);
            p.put("top_k", 20);
            p.put("top_p", 0.95);
        }
        return p;
    }
}
