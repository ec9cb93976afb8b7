package io.oeml.ollama.emulator.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.oeml.ollama.emulator.model.FileType;
import io.oeml.ollama.emulator.model.Gguf;
import io.oeml.ollama.emulator.model.InstalledModel;
import io.oeml.ollama.emulator.model.ModelSpec;
import io.oeml.ollama.emulator.model.Tensor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** JSON views of models: {@code details}, {@code /api/tags} entries, {@code /api/show}, {@code /api/ps} entries. */
final class ModelViews {

    private ModelViews() {
    }

    static JsonObject details(EmulatorState state, InstalledModel m, boolean listing) {
        ModelSpec s = m.spec();
        JsonObject d = new JsonObject()
                .put("parent_model", listing || m.parentModel() == null ? "" : m.parentModel())
                .put("format", m.format())
                .put("family", s.architecture() == null ? "" : s.architecture())
                .put("families", s.architecture() == null ? null : new JsonArray().add(s.architecture()))
                .put("parameter_size", s.parameterSize())
                .put("quantization_level", s.quantization() == null ? "" : s.quantization());
        if (state.atLeast("0.30.0")) {
            if (s.contextLength() != null) {
                d.put("context_length", s.contextLength());
            }
            if (s.embeddingLength() != null) {
                d.put("embedding_length", s.embeddingLength());
            }
        }
        return d;
    }

    static JsonObject summary(EmulatorState state, InstalledModel m) {
        JsonObject o = new JsonObject()
                .put("name", m.name())
                .put("model", m.name())
                .put("modified_at", m.modifiedAt().toString())
                .put("size", m.diskSize())
                .put("digest", m.digest())
                .put("details", details(state, m, true));
        if (state.atLeast("0.9.1")) {
            o.put("capabilities", new JsonArray(m.capabilities()));
        }
        return o;
    }

    static JsonObject running(EmulatorState state, Runners.Runner r) {
        InstalledModel m = r.model();
        JsonObject o = new JsonObject()
                .put("name", m.name())
                .put("model", m.name())
                .put("size", r.plan().size())
                .put("digest", m.digest())
                .put("details", details(state, m, true))
                .put("expires_at", r.expiresAt().toString())
                .put("size_vram", r.plan().sizeVram());
        if (state.atLeast("0.10.0")) {
            o.put("context_length", r.plan().contextLength());
        }
        return o;
    }

    static JsonObject show(EmulatorState state, InstalledModel m, boolean verbose) {
        JsonObject o = new JsonObject();
        if (m.license() != null) {
            o.put("license", m.license());
        }
        o.put("modelfile", modelfile(state, m));
        if (!m.parameters().isEmpty()) {
            o.put("parameters", parametersText(m.parameters()));
        }
        o.put("template", m.template() == null ? "" : m.template());
        if (m.system() != null) {
            o.put("system", m.system());
        }
        o.put("details", details(state, m, false));
        if (!m.messages().isEmpty()) {
            JsonArray msgs = new JsonArray();
            m.messages().forEach(x -> msgs.add(new JsonObject(x)));
            o.put("messages", msgs);
        }
        o.put("model_info", modelInfo(m, verbose));
        if (state.atLeast("0.6.1") && !m.tensors().isEmpty()) {
            JsonArray ts = new JsonArray();
            for (Tensor t : m.tensors()) {
                JsonArray shape = new JsonArray();
                for (long d : t.shape()) {
                    shape.add(d);
                }
                ts.add(new JsonObject().put("name", t.name()).put("type", t.type().name()).put("shape", shape));
            }
            o.put("tensors", ts);
        }
        if (state.atLeast("0.6.4")) {
            o.put("capabilities", new JsonArray(m.capabilities()));
        }
        o.put("modified_at", m.modifiedAt().toString());
        return o;
    }

    static JsonObject modelInfo(InstalledModel m, boolean verbose) {
        ModelSpec s = m.spec();
        String a = s.architecture();
        JsonObject info = new JsonObject();
        if (a != null) {
            info.put("general.architecture", a);
        }
        if (s.parameterCountB() != null) {
            info.put("general.parameter_count", s.parameterCount());
        }
        Integer ft = FileType.id(s.quantization());
        if (ft != null) {
            info.put("general.file_type", ft);
        }
        info.put("general.quantization_version", 2);
        if (a != null) {
            putIfKnown(info, a + ".block_count", s.blockCount());
            putIfKnown(info, a + ".context_length", s.contextLength());
            putIfKnown(info, a + ".embedding_length", s.embeddingLength());
            putIfKnown(info, a + ".feed_forward_length", s.feedForwardLength());
            putIfKnown(info, a + ".attention.head_count", s.headCount());
            putIfKnown(info, a + ".attention.head_count_kv", s.headCountKv());
            if (s.headDim() != null) {
                info.put(a + ".attention.key_length", s.headDim());
                info.put(a + ".attention.value_length", s.headDim());
            }
            putIfKnown(info, a + ".vocab_size", s.vocabSize());
        }
        for (Map.Entry<String, Object> e : m.extraModelInfo().entrySet()) {
            Object v = e.getValue();
            // Ollama 0.24.0 gives every array (tokenizer lists, general.languages ...) as null unless verbose.
            if (!verbose && (v instanceof Gguf.ArrayLength || v instanceof List<?>)) {
                v = null;
            } else if (v instanceof Gguf.ArrayLength) {
                v = new JsonArray();
            } else if (v instanceof List<?> l) {
                v = new JsonArray(List.copyOf(l));
            }
            info.put(e.getKey(), v);
        }
        return info;
    }

    private static void putIfKnown(JsonObject o, String k, Object v) {
        if (v != null) {
            o.put(k, v);
        }
    }

    /** Ollama's format: one line per value, {@code key} padded to 30 characters, Go-quoted strings. */
    static String parametersText(Map<String, Object> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (v instanceof List<?> l) {
                for (Object x : l) {
                    line(sb, k, x);
                }
            } else {
                line(sb, k, v);
            }
        });
        return sb.toString().stripTrailing();
    }

    private static void line(StringBuilder sb, String k, Object v) {
        String value = v instanceof String s ? goQuote(s) : String.valueOf(v);
        sb.append(String.format(Locale.ROOT, "%-30s %s", k, value)).append('\n');
    }

    static String goQuote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static String modelfile(EmulatorState state, InstalledModel m) {
        StringBuilder sb = new StringBuilder()
                .append("# Modelfile generated by \"ollama show\"\n")
                .append("# To build a new Modelfile based on this, replace FROM with:\n")
                .append("# FROM ").append(m.name()).append("\n\n")
                .append("FROM ").append(state.blobs.path(m.modelBlobDigest())).append('\n');
        if (m.adapterDigest() != null) {
            sb.append("ADAPTER ").append(state.blobs.path(m.adapterDigest())).append('\n');
        }
        if (m.template() != null && !m.template().isEmpty()) {
            sb.append("TEMPLATE \"\"\"").append(m.template()).append("\"\"\"\n");
        }
        if (m.system() != null) {
            sb.append("SYSTEM \"\"\"").append(m.system()).append("\"\"\"\n");
        }
        m.parameters().forEach((k, v) -> {
            for (Object x : v instanceof List<?> l ? l : List.of(v)) {
                sb.append("PARAMETER ").append(k).append(' ').append(x).append('\n');
            }
        });
        for (Map<String, Object> message : m.messages()) {
            sb.append("MESSAGE ").append(message.get("role")).append(' ').append(message.get("content")).append('\n');
        }
        if (m.license() != null) {
            sb.append("LICENSE \"\"\"").append(m.license()).append("\"\"\"\n");
        }
        return sb.toString();
    }
}
