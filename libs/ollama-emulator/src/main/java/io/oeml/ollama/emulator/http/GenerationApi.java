package io.oeml.ollama.emulator.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.oeml.ollama.emulator.model.InstalledModel;
import io.oeml.ollama.emulator.sim.CorrectnessModel;
import io.oeml.ollama.emulator.sim.CostModel;
import io.oeml.ollama.emulator.sim.CostModel.Timings;
import io.oeml.ollama.emulator.sim.EvalPrompts;
import io.oeml.ollama.emulator.sim.EvalPrompts.EvalPrompt;
import io.oeml.ollama.emulator.sim.SeededRandom;
import io.oeml.ollama.emulator.sim.TextSynth;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** {@code /api/generate}, {@code /api/chat} and {@code /api/embed}. */
final class GenerationApi {

    private final EmulatorState state;

    GenerationApi(EmulatorState state) {
        this.state = state;
    }

    /** What one request asked for, after validation. */
    private record Ask(InstalledModel model, String name, MergedOptions options, Duration keepAlive, boolean stream,
                       boolean think, String promptText, int promptTokens, Object format, JsonArray tools,
                       boolean chat, boolean raw) {
    }

    /** The reply the emulator composed. */
    private record Reply(List<String> thinking, List<String> content, JsonArray toolCalls, String doneReason,
                         Timings timings, int promptTokens, int evalTokens) {
    }

    void generate(RoutingContext ctx) {
        JsonObject body = Replies.body(ctx);
        if (body == null) {
            return;
        }
        boolean raw = body.getBoolean("raw", false);
        if (raw && (body.containsKey("template") || body.containsKey("system") || body.containsKey("context"))) {
            Replies.error(ctx, 400, "raw mode does not support template, system, or context");
            return;
        }
        InstalledModel m = model(ctx, body, "generate");
        if (m == null) {
            return;
        }
        String prompt = body.getString("prompt", "");
        String system = body.getString("system", m.system());
        int promptTokens = TextSynth.promptTokens(prompt) + TextSynth.promptTokens(system) + (raw ? 0 : 8);
        Ask ask = ask(ctx, body, m, prompt, promptTokens, false, raw);
        if (ask == null) {
            return;
        }
        if (prompt.isEmpty() && !body.containsKey("images")) {
            loadOrUnload(ctx, ask);
            return;
        }
        Reply r = compose(ctx, ask);
        if (r == null) {
            return;
        }
        List<JsonObject> chunks = new ArrayList<>();
        String thinking = String.join("", r.thinking());
        String content = String.join("", r.content());
        JsonObject fin = new JsonObject().put("model", ask.name()).put("created_at", Replies.now());
        if (ask.stream()) {
            for (String p : r.thinking()) {
                chunks.add(base(ask).put("response", "").put("thinking", p).put("done", false));
            }
            for (String p : r.content()) {
                chunks.add(base(ask).put("response", p).put("done", false));
            }
            fin.put("response", "");
        } else {
            fin.put("response", content);
            if (!thinking.isEmpty()) {
                fin.put("thinking", thinking);
            }
        }
        if (!raw) {
            fin.put("context", TextSynth.contextIds(prompt, content));
        }
        finish(ctx, ask, r, chunks, fin);
    }

    void chat(RoutingContext ctx) {
        JsonObject body = Replies.body(ctx);
        if (body == null) {
            return;
        }
        InstalledModel m = model(ctx, body, "chat");
        if (m == null) {
            return;
        }
        JsonArray messages = body.getJsonArray("messages", new JsonArray());
        String last = "";
        int promptTokens = TextSynth.promptTokens(m.system()) + 4;
        for (int i = 0; i < messages.size(); i++) {
            JsonObject message = messages.getJsonObject(i);
            String content = message.getString("content", "");
            promptTokens += TextSynth.promptTokens(content) + 4;
            if ("user".equalsIgnoreCase(message.getString("role", ""))) {
                last = content;
            }
        }
        JsonArray tools = body.getJsonArray("tools");
        if (tools != null && !tools.isEmpty() && !m.capabilities().contains("tools")) {
            Replies.error(ctx, 400, "registry.ollama.ai/library/" + m.name() + " does not support tools");
            return;
        }
        Ask ask = ask(ctx, body, m, last, promptTokens, true, false);
        if (ask == null) {
            return;
        }
        if (messages.isEmpty()) {
            loadOrUnload(ctx, ask);
            return;
        }
        Reply r = compose(ctx, ask);
        if (r == null) {
            return;
        }
        List<JsonObject> chunks = new ArrayList<>();
        JsonObject fin = new JsonObject().put("model", ask.name()).put("created_at", Replies.now());
        if (ask.stream()) {
            for (String p : r.thinking()) {
                chunks.add(base(ask).put("message", assistant("").put("thinking", p)).put("done", false));
            }
            for (String p : r.content()) {
                chunks.add(base(ask).put("message", assistant(p)).put("done", false));
            }
            if (r.toolCalls() != null) {
                chunks.add(base(ask).put("message", assistant("").put("tool_calls", r.toolCalls())).put("done", false));
            }
            fin.put("message", assistant(""));
        } else {
            JsonObject message = assistant(String.join("", r.content()));
            String thinking = String.join("", r.thinking());
            if (!thinking.isEmpty()) {
                message.put("thinking", thinking);
            }
            if (r.toolCalls() != null) {
                message.put("tool_calls", r.toolCalls());
            }
            fin.put("message", message);
        }
        finish(ctx, ask, r, chunks, fin);
    }

    void embed(RoutingContext ctx) {
        JsonObject body = Replies.body(ctx);
        if (body == null) {
            return;
        }
        InstalledModel m = model(ctx, body, "embed");
        if (m == null) {
            return;
        }
        Object input = body.getValue("input");
        List<String> inputs = new ArrayList<>();
        if (input instanceof String s) {
            inputs.add(s);
        } else if (input instanceof JsonArray a) {
            for (Object o : a) {
                if (!(o instanceof String s)) {
                    Replies.error(ctx, 400, "invalid input type");
                    return;
                }
                inputs.add(s);
            }
        } else if (input != null) {
            Replies.error(ctx, 400, "invalid input type");
            return;
        }
        MergedOptions options = options(ctx, body, m);
        Duration keepAlive = keepAlive(ctx, body);
        if (options == null || keepAlive == null) {
            return;
        }
        CostModel.LoadOptions load = options.load();
        int ctxLen = CostModel.contextLength(m.spec(), load.numCtx());
        boolean truncate = body.getBoolean("truncate", true);
        int tokens = 0;
        for (String s : inputs) {
            int t = TextSynth.promptTokens(s);
            if (t > ctxLen && !truncate) {
                Replies.error(ctx, 400, "the input length exceeds the context length");
                return;
            }
            tokens += Math.min(t, ctxLen);
        }
        Runners.Lease lease = lease(ctx, m, load, keepAlive);
        if (lease == null) {
            return;
        }
        int dims = m.spec().embedding() > 0 ? m.spec().embedding() : 768;
        Integer wanted = body.getInteger("dimensions");
        JsonArray vectors = new JsonArray();
        for (String s : inputs) {
            float[] v = TextSynth.embedding(m.name(), s, dims);
            if (wanted != null && wanted > 0 && wanted < dims) {
                v = TextSynth.truncate(v, wanted);
            }
            JsonArray arr = new JsonArray(new ArrayList<>(v.length));
            for (float x : v) {
                arr.add(x);
            }
            vectors.add(arr);
        }
        Timings t = state.cost.timings(m, lease.runner().plan(), lease.loaded(), options.integer("num_thread", 0), tokens, 0,
                1.0);
        JsonObject out = new JsonObject().put("model", m.name()).put("embeddings", vectors)
                .put("total_duration", t.totalNs()).put("load_duration", t.loadNs());
        if (tokens > 0) {
            out.put("prompt_eval_count", tokens);
        }
        Replies.send(ctx, 200, "application/json; charset=utf-8", out.toBuffer(), scaledMs(t.totalNs()));
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Resolves {@code model}, answering 400/404 itself when it cannot. */
    private InstalledModel model(RoutingContext ctx, JsonObject body, String endpoint) {
        String name = Replies.modelName(ctx, body);
        if (name == null) {
            return null;
        }
        Optional<InstalledModel> m = state.store.find(name);
        if (m.isEmpty()) {
            // Ollama 0.24.0 words it differently on /api/embed (docs/real-ollama.md §3).
            Replies.error(ctx, 404, "embed".equals(endpoint) ? "model \"" + name + "\" not found, try pulling it first"
                    : "model '" + name + "' not found");
            return null;
        }
        List<String> caps = m.get().capabilities();
        if (("generate".equals(endpoint) || "chat".equals(endpoint)) && !caps.contains("completion")) {
            Replies.error(ctx, 400, "\"" + name + "\" does not support " + endpoint);
            return null;
        }
        return m.get();
    }

    private MergedOptions options(RoutingContext ctx, JsonObject body, InstalledModel m) {
        try {
            return MergedOptions.merge(m.parameters(), body.getJsonObject("options"));
        } catch (MergedOptions.TypeError e) {
            Replies.error(ctx, 500, e.getMessage());
            return null;
        } catch (ClassCastException e) {
            Replies.error(ctx, 400, "json: cannot unmarshal options");
            return null;
        }
    }

    private Duration keepAlive(RoutingContext ctx, JsonObject body) {
        Object ka = body.getValue("keep_alive");
        if (ka == null) {
            return state.config.defaultKeepAlive();
        }
        try {
            return GoDuration.parse(ka);
        } catch (IllegalArgumentException e) {
            Replies.error(ctx, 400, e.getMessage());
            return null;
        }
    }

    private Ask ask(RoutingContext ctx, JsonObject body, InstalledModel m, String promptText, int promptTokens,
                    boolean chat, boolean raw) {
        Integer top = body.getInteger("top_logprobs");
        if (top != null && (top < 0 || top > 20)) {
            Replies.error(ctx, 400, "top_logprobs must be between 0 and 20");
            return null;
        }
        String name = body.getString("model", body.getString("name"));
        boolean thinkingModel = m.capabilities().contains("thinking");
        Object t = state.atLeast("0.9.0") ? body.getValue("think") : null;
        boolean think;
        if (t == null) {
            think = thinkingModel && state.atLeast("0.12.4");
        } else if (t instanceof Boolean b) {
            think = b;
        } else if (t instanceof String s && List.of("low", "medium", "high", "max").contains(s)) {
            think = true;
        } else {
            Replies.error(ctx, 400, "invalid think value: " + t);
            return null;
        }
        if (think && !thinkingModel) {
            Replies.error(ctx, 400, "\"" + name + "\" does not support thinking");
            return null;
        }
        MergedOptions options = options(ctx, body, m);
        Duration keepAlive = keepAlive(ctx, body);
        if (options == null || keepAlive == null) {
            return null;
        }
        Object format = body.getValue("format");
        if ("".equals(format)) {
            format = null;
        }
        return new Ask(m, name, options, keepAlive, body.getBoolean("stream", true), think, promptText, promptTokens,
                format, body.getJsonArray("tools"), chat, raw);
    }

    private Runners.Lease lease(RoutingContext ctx, InstalledModel m, CostModel.LoadOptions load, Duration keepAlive) {
        try {
            return state.runners.acquire(m, load, keepAlive);
        } catch (CostModel.LoadFailure f) {
            Replies.error(ctx, 500, f.getMessage());
            return null;
        }
    }

    private void loadOrUnload(RoutingContext ctx, Ask ask) {
        JsonObject out = base(ask);
        if (ask.chat()) {
            out.put("message", assistant(""));
        } else {
            out.put("response", "");
        }
        out.put("done", true);
        if (ask.keepAlive().isZero()) {
            state.runners.unload(ask.model().name());
            out.put("done_reason", "unload");
        } else {
            Runners.Lease lease = lease(ctx, ask.model(), ask.options().load(), ask.keepAlive());
            if (lease == null) {
                return;
            }
            out.put("done_reason", "load");
        }
        if (ask.stream()) {
            NdjsonStream.start(state, ctx, List.of(out), 0, 0);
        } else {
            Replies.json(ctx, 200, out);
        }
    }

    private Reply compose(RoutingContext ctx, Ask ask) {
        Runners.Lease lease = lease(ctx, ask.model(), ask.options().load(), ask.keepAlive());
        if (lease == null) {
            return null;
        }
        InstalledModel m = ask.model();
        Optional<EvalPrompt> eval = EvalPrompts.match(ask.promptText());
        String seedKey = state.seedKey(ask.options().seed(), m.name() + "|" + ask.promptText());
        SeededRandom random = SeededRandom.of(seedKey, m.name(), ask.promptText());
        String answer;
        if (eval.isPresent()) {
            EvalPrompt e = eval.get();
            double p = state.config.correctness().probability(CorrectnessModel.skill(m.spec(), e.skill()),
                    ask.options().number("temperature", 0.8), ask.options().number("top_p", 0.9));
            double u = SeededRandom.of(seedKey, m.name(), e.id(), "correct").nextDouble();
            answer = u < p ? e.answer() : e.wrong().get(SeededRandom.of(seedKey, e.id(), "wrong").nextInt(e.wrong().size()));
        } else {
            answer = null;
        }
        String content;
        if (ask.format() != null) {
            Object schema = ask.format() instanceof JsonObject ? ask.format() : null;
            Object json = TextSynth.fromSchema(schema, answer != null ? answer : "emulated", random);
            content = json instanceof JsonObject o ? o.encode() : String.valueOf(json);
        } else {
            content = answer != null ? answer : TextSynth.filler(random);
        }
        List<String> thinking = ask.think() ? TextSynth.pieces(TextSynth.thinking(random, ask.promptText()))
                : new ArrayList<>();
        if (!ask.think() && ask.model().capabilities().contains("thinking") && !state.atLeast("0.12.4")) {
            // Before 0.12.4 an unset think left the reasoning inline in the reply.
            content = "<think>" + TextSynth.thinking(random, ask.promptText()) + "</think>\n\n" + content;
        }
        JsonArray toolCalls = toolCall(ask, random);
        List<String> pieces = toolCalls != null ? new ArrayList<>() : TextSynth.pieces(content);
        applyStop(pieces, ask.options().stop());
        int limit = ask.options().integer("num_predict", -1);
        String doneReason = "stop";
        int total = thinking.size() + pieces.size() + (toolCalls != null ? 12 : 0);
        if (limit > 0 && total > limit) {
            doneReason = "length";
            int keepThinking = Math.min(thinking.size(), limit);
            thinking = new ArrayList<>(thinking.subList(0, keepThinking));
            pieces = new ArrayList<>(pieces.subList(0, Math.min(pieces.size(), limit - keepThinking)));
            toolCalls = null;
            total = limit;
        }
        int promptTokens = Math.min(ask.promptTokens(), lease.runner().plan().contextLength());
        double noise = Math.min(1.1, Math.max(0.9, 1 + 0.03 * SeededRandom.of(seedKey, "noise").nextGaussian()));
        Timings t = state.cost.timings(m, lease.runner().plan(), lease.loaded(), ask.options().integer("num_thread", 0),
                promptTokens, total, noise);
        return new Reply(thinking, pieces, toolCalls, doneReason, t, promptTokens, total);
    }

    /** Cuts the reply at the first stop sequence, as the runner would. */
    private static void applyStop(List<String> pieces, List<String> stops) {
        String text = String.join("", pieces);
        int cut = -1;
        for (String s : stops) {
            int i = s.isEmpty() ? -1 : text.indexOf(s);
            if (i >= 0 && (cut < 0 || i < cut)) {
                cut = i;
            }
        }
        if (cut >= 0) {
            text = text.substring(0, cut);
            pieces.clear();
            pieces.addAll(TextSynth.pieces(text));
        }
    }

    /** A call to the first offered tool whose name the user's message mentions. */
    private static JsonArray toolCall(Ask ask, SeededRandom random) {
        if (ask.tools() == null || ask.promptText() == null) {
            return null;
        }
        for (int i = 0; i < ask.tools().size(); i++) {
            JsonObject fn = ask.tools().getJsonObject(i).getJsonObject("function", new JsonObject());
            String name = fn.getString("name", "");
            if (!name.isEmpty() && ask.promptText().contains(name)) {
                Object args = TextSynth.fromSchema(fn.getValue("parameters"), null, random);
                return new JsonArray().add(new JsonObject().put("function",
                        new JsonObject().put("index", 0).put("name", name).put("arguments",
                                args instanceof JsonObject o ? o : new JsonObject())));
            }
        }
        return null;
    }

    /** Completes the final chunk (done, done_reason, metrics) and sends the stream or the single reply. */
    private void finish(RoutingContext ctx, Ask ask, Reply r, List<JsonObject> chunks, JsonObject fin) {
        fin.put("done", true);
        if (state.atLeast("0.1.35")) {
            fin.put("done_reason", r.doneReason());
        }
        metrics(fin, r);
        chunks.add(fin);
        Timings t = r.timings();
        if (ask.stream()) {
            long first = scaledMs(t.loadNs() + t.promptNs() + CostModel.OVERHEAD_NS);
            double perChunk = r.evalTokens() == 0 ? 0
                    : t.evalNs() / (double) r.evalTokens() * state.config.timeScale() / 1e6;
            NdjsonStream.start(state, ctx, chunks, first, perChunk);
        } else {
            JsonObject only = chunks.get(chunks.size() - 1);
            Replies.send(ctx, 200, "application/json; charset=utf-8", only.toBuffer(), scaledMs(t.totalNs()));
        }
    }

    private long scaledMs(long ns) {
        return Math.round(ns * state.config.timeScale() / 1e6);
    }

    private static JsonObject base(Ask ask) {
        return new JsonObject().put("model", ask.name()).put("created_at", Replies.now());
    }

    private static JsonObject assistant(String content) {
        return new JsonObject().put("role", "assistant").put("content", content);
    }

    /** The six metrics of a final chunk; like Ollama (omitempty), zero values are left out. */
    private static void metrics(JsonObject o, Reply r) {
        Timings t = r.timings();
        putNonZero(o, "total_duration", t.totalNs());
        putNonZero(o, "load_duration", t.loadNs());
        putNonZero(o, "prompt_eval_count", r.promptTokens());
        putNonZero(o, "prompt_eval_duration", t.promptNs());
        putNonZero(o, "eval_count", r.evalTokens());
        putNonZero(o, "eval_duration", t.evalNs());
    }

    private static void putNonZero(JsonObject o, String k, long v) {
        if (v != 0) {
            o.put(k, v);
        }
    }
}
