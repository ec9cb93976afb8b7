package io.oeml.ollama.emulator.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.oeml.ollama.emulator.model.Digests;
import io.oeml.ollama.emulator.model.FileType;
import io.oeml.ollama.emulator.model.Gguf;
import io.oeml.ollama.emulator.model.InstalledModel;
import io.oeml.ollama.emulator.model.ModelSpec;
import io.oeml.ollama.emulator.model.ModelStore;
import io.oeml.ollama.emulator.model.Tensor;
import io.oeml.ollama.emulator.model.TensorLayout;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /api/create}, JSON form (v0.5.5+): derive from a local model ({@code from}), import GGUF files
 * ({@code files}), add one adapter ({@code adapters}), set template/system/parameters/messages/license, quantize.
 */
final class CreateApi {

    /** Quantization targets accepted since v0.7.0 (before: about thirty types). */
    private static final Set<String> QUANTIZE = Set.of("Q8_0", "Q4_K_S", "Q4_K_M", "F16", "F32");
    private static final Set<String> QUANTIZE_OLD = Set.of("Q8_0", "Q4_K_S", "Q4_K_M", "F16", "F32", "Q4_0", "Q4_1",
            "Q5_0", "Q5_1", "Q2_K", "Q3_K_S", "Q3_K_M", "Q3_K_L", "Q5_K_S", "Q5_K_M", "Q6_K");
    /** Architectures whose safetensors LoRA adapters Ollama converts (convert/convert.go ConvertAdapter). */
    private static final Set<String> ADAPTER_ARCHS = Set.of("llama", "gemma2");

    private final EmulatorState state;

    CreateApi(EmulatorState state) {
        this.state = state;
    }

    /** The parsed files of a request, read off the event loop. */
    private record ParsedFiles(Gguf.Header model, long modelSize, String modelDigest, Gguf.Header adapter,
                          String adapterDigest, String adapterArchitectureError) {
    }

    void create(RoutingContext ctx) {
        JsonObject body = Replies.body(ctx);
        if (body == null) {
            return;
        }
        String name = Replies.modelName(ctx, body);
        if (name == null) {
            return;
        }
        if (!ModelStore.validName(name)) {
            Replies.error(ctx, 400, "invalid model name");
            return;
        }
        String from = body.getString("from");
        JsonObject files = body.getJsonObject("files", new JsonObject());
        JsonObject adapters = body.getJsonObject("adapters", new JsonObject());
        if ((from == null || from.isBlank()) && files.isEmpty()) {
            Replies.error(ctx, 400, "neither 'from' or 'files' was specified");
            return;
        }
        if (adapters.size() > 1 && adapters.fieldNames().stream().anyMatch(f -> f.endsWith(".gguf"))) {
            Replies.error(ctx, 400, "only one adapter is currently supported");
            return;
        }
        String quantize = body.getString("quantize", body.getString("quantization"));
        if (quantize != null && !quantize.isBlank()) {
            String q = quantize.toUpperCase(Locale.ROOT);
            if (!(state.atLeast("0.7.0") ? QUANTIZE : QUANTIZE_OLD).contains(q)) {
                Replies.error(ctx, 400, "unsupported quantization type " + quantize);
                return;
            }
            quantize = FileType.canonical(q);
        } else {
            quantize = null;
        }
        for (JsonObject map : List.of(files, adapters)) {
            for (String file : map.fieldNames()) {
                if (file.startsWith("/") || file.contains("..") || file.matches("^[A-Za-z]:.*")) {
                    Replies.error(ctx, 400, "file path must be relative");
                    return;
                }
                String d = String.valueOf(map.getValue(file));
                if (!Digests.valid(d) || !state.blobs.exists(Digests.normalize(d))) {
                    Replies.error(ctx, 400, "file " + file + " (" + d + ") not found: upload the blob first");
                    return;
                }
            }
        }
        InstalledModel parent = null;
        if (from != null && !from.isBlank()) {
            Optional<InstalledModel> p = state.store.find(from);
            if (p.isEmpty()) {
                Replies.error(ctx, 404, "model '" + from + "' not found");
                return;
            }
            parent = p.get();
        }
        InstalledModel base = parent;
        String q = quantize;
        state.vertx.<ParsedFiles>executeBlocking(() -> readFiles(files, adapters, base), false)
                .onFailure(e -> Replies.error(ctx, 400, e.getMessage()))
                .onSuccess(f -> build(ctx, body, name, base, f, q));
    }

    private ParsedFiles readFiles(JsonObject files, JsonObject adapters, InstalledModel parent) throws IOException {
        Gguf.Header model = null;
        long size = 0;
        String modelDigest = null;
        for (String file : files.fieldNames()) {
            String d = Digests.normalize(files.getString(file));
            if (file.endsWith(".gguf")) {
                model = header(state.blobs.path(d));
                size = Files.size(state.blobs.path(d));
                modelDigest = d;
            }
        }
        if (!files.isEmpty() && model == null) {
            boolean safetensors = files.fieldNames().stream().anyMatch(f -> f.endsWith(".safetensors"))
                    && files.containsKey("config.json");
            if (!safetensors) {
                throw new Gguf.NotGgufException("supplied file was not in GGUF format");
            }
            throw new Gguf.NotGgufException("unsupported architecture: the emulator imports GGUF files only");
        }
        Gguf.Header adapter = null;
        String adapterDigest = null;
        String archError = null;
        for (String file : adapters.fieldNames()) {
            String d = Digests.normalize(adapters.getString(file));
            if (file.endsWith(".gguf")) {
                adapter = header(state.blobs.path(d));
                adapterDigest = d;
            } else if (file.endsWith(".safetensors")) {
                adapterDigest = d;
                String arch = parent != null ? parent.spec().architecture()
                        : model != null ? model.architecture() : null;
                if (!ADAPTER_ARCHS.contains(arch)) {
                    archError = "unsupported architecture";
                }
            }
        }
        return new ParsedFiles(model, size, modelDigest, adapter, adapterDigest, archError);
    }

    private static Gguf.Header header(Path p) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
            return Gguf.read(in);
        } catch (Gguf.NotGgufException | java.io.EOFException e) {
            throw new Gguf.NotGgufException("supplied file was not in GGUF format");
        }
    }

    private void build(RoutingContext ctx, JsonObject body, String name, InstalledModel parent, ParsedFiles f,
                       String quantize) {
        boolean stream = body.getBoolean("stream", true);
        List<JsonObject> lines = new ArrayList<>();
        InstalledModel.Builder b = parent != null ? parent.toBuilder() : new InstalledModel.Builder();
        if (parent != null) {
            b.parentModel = parent.name();
            lines.add(ModelApi.status("using existing layer " + parent.modelBlobDigest()));
        }
        if (f.model() != null) {
            lines.add(0, ModelApi.status("parsing GGUF"));
            fromGguf(b, f.model(), f.modelSize(), f.modelDigest());
            lines.add(ModelApi.status("using existing layer " + f.modelDigest()));
        }
        if (f.adapterDigest() != null) {
            lines.add(ModelApi.status(f.adapter() != null ? "using existing layer " + f.adapterDigest()
                    : "converting adapter"));
            if (f.adapterArchitectureError() != null) {
                fail(ctx, stream, lines, f.adapterArchitectureError());
                return;
            }
            b.adapterDigest = f.adapterDigest();
            lines.add(ModelApi.status("creating new layer " + f.adapterDigest()));
        }
        if (quantize != null) {
            String from = b.spec.quantization() == null ? "F16" : b.spec.quantization().toUpperCase(Locale.ROOT);
            if (!Set.of("F16", "BF16", "F32").contains(from)) {
                fail(ctx, stream, lines, "quantization is only supported for F16, BF16 and F32 models");
                return;
            }
            if (!quantize.equals(from)) {
                String layer = Digests.of("quantized:" + name + ":" + quantize);
                long total = b.tensors.size();
                lines.add(ModelApi.status("quantizing " + from + " model to " + quantize).put("digest", layer)
                        .put("total", total).put("completed", total));
                b.spec = b.spec.withQuantization(quantize);
                List<Tensor> tensors = TensorLayout.synthesize(b.spec);
                if (!tensors.isEmpty()) {
                    b.tensors = tensors;
                    b.weightBytes = TensorLayout.totalBytes(tensors);
                    b.diskSize = b.weightBytes + 20_000;
                }
                b.modelBlobDigest = layer;
                lines.add(ModelApi.status("creating new layer " + layer));
            }
        }
        String template = body.getString("template");
        if (template != null) {
            b.template = template;
            lines.add(layer("template", template));
        }
        String system = body.getString("system");
        if (system != null) {
            b.system = system;
            lines.add(layer("system", system));
        }
        Object license = body.getValue("license");
        if (license != null) {
            b.license = license instanceof JsonArray a ? String.join("\n", a.getList()) : String.valueOf(license);
            lines.add(layer("license", b.license));
        }
        JsonObject params = body.getJsonObject("parameters");
        if (params != null && !params.isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>(b.parameters);
            params.forEach(e -> merged.put(e.getKey(),
                    e.getValue() instanceof JsonArray a ? a.getList() : e.getValue()));
            b.parameters = merged;
            lines.add(layer("params", new JsonObject(merged).encode()));
        }
        JsonArray messages = body.getJsonArray("messages");
        if (messages != null) {
            List<Map<String, Object>> msgs = new ArrayList<>();
            messages.forEach(m -> msgs.add(((JsonObject) m).getMap()));
            b.messages = msgs;
            lines.add(layer("messages", messages.encode()));
        }
        JsonObject info = body.getJsonObject("info");
        if (info != null && info.getJsonArray("capabilities") != null) {
            b.spec = b.spec.withCapabilities(List.copyOf(info.getJsonArray("capabilities").getList()));
        }
        b.name = ModelStore.displayName(name);
        b.modifiedAt = Instant.now();
        b.digest = Digests.sha256Hex(b.name + "|" + b.modelBlobDigest + "|" + b.template + "|" + b.system + "|"
                + b.parameters + "|" + b.adapterDigest + "|" + b.messages + "|" + System.nanoTime());
        state.store.put(b.build());
        lines.add(ModelApi.status("writing manifest"));
        lines.add(ModelApi.status("success"));
        if (stream) {
            NdjsonStream.start(state, ctx, lines, 0, 0);
        } else {
            Replies.json(ctx, 200, ModelApi.status("success"));
        }
    }

    private static JsonObject layer(String kind, String content) {
        return ModelApi.status("creating new layer " + Digests.of(kind + ":" + content));
    }

    private void fail(RoutingContext ctx, boolean stream, List<JsonObject> lines, String message) {
        if (stream) {
            lines.add(new JsonObject().put("error", message));
            NdjsonStream.start(state, ctx, lines, 0, 0);
        } else {
            Replies.error(ctx, 500, message);
        }
    }

    private static void fromGguf(InstalledModel.Builder b, Gguf.Header h, long size, String digest) {
        String arch = h.architecture();
        Long ft = h.number("general.file_type");
        Long params = h.number("general.parameter_count");
        long elements = 0;
        for (Tensor t : h.tensors()) {
            elements += t.elements();
        }
        if (params == null && elements > 0) {
            params = elements;
        }
        Object tokens = h.metadata().get("tokenizer.ggml.tokens");
        Long vocab = h.archNumber("vocab_size");
        if (vocab == null && tokens instanceof Gguf.ArrayLength al) {
            vocab = al.length();
        } else if (vocab == null && tokens instanceof List<?> l) {
            vocab = (long) l.size();
        }
        List<String> caps = new ArrayList<>();
        caps.add(h.archNumber("pooling_type") != null ? "embedding" : "completion");
        if (h.archNumber("vision.block_count") != null) {
            caps.add("vision");
        }
        b.spec = new ModelSpec(arch, params == null ? null : params / 1e9, ft == null ? null : FileType.name(ft),
                toInt(h.archNumber("context_length")), toInt(h.archNumber("block_count")),
                toInt(h.archNumber("embedding_length")), toInt(h.archNumber("attention.head_count")),
                toInt(h.archNumber("attention.head_count_kv")), toInt(h.archNumber("attention.key_length")),
                toInt(vocab), toInt(h.archNumber("feed_forward_length")), null, caps, null, false, null, null, null);
        b.tensors = h.tensors();
        long w = TensorLayout.totalBytes(h.tensors());
        b.weightBytes = w > 0 ? w : size;
        b.diskSize = size;
        b.modelBlobDigest = digest;
        b.parentModel = null;
        Map<String, Object> extra = new LinkedHashMap<>(h.metadata());
        b.extraModelInfo = extra;
        if (b.template == null) {
            b.template = "{{ .Prompt }}";
        }
    }

    private static Integer toInt(Long v) {
        return v == null ? null : v.intValue();
    }
}
