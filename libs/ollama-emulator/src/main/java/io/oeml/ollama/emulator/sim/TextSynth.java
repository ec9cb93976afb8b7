package io.oeml.ollama.emulator.sim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Deterministic text, token pieces, JSON-from-schema and embedding vectors. Nothing here is a language model. */
public final class TextSynth {

    private static final String[] WORDS = {
        "the", "emulator", "answers", "with", "modelled", "text", "for", "tests", "and", "demos", "it", "does",
        "not", "run", "a", "model", "so", "these", "words", "carry", "no", "meaning", "beyond", "their", "count",
        "tokens", "arrive", "in", "order", "each", "one", "is", "a", "piece", "of", "the", "reply", "timing",
        "comes", "from", "options", "size", "context", "batch", "threads", "layers"};
    private static final Pattern PIECE = Pattern.compile("\\s*\\S+|\\s+");

    private TextSynth() {
    }

    /** Splits text into token pieces: each word with its leading whitespace. Concatenation gives the text back. */
    public static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PIECE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Prompt-side token estimate: about four characters a token. */
    public static int promptTokens(String text) {
        return text == null || text.isEmpty() ? 0 : (text.length() + 3) / 4;
    }

    /** A reply of 24–119 pieces for a prompt outside the evaluation set. */
    public static String filler(SeededRandom random) {
        int n = 24 + random.nextInt(96);
        StringBuilder sb = new StringBuilder("OllamaEmulator reply (no model ran):");
        for (int i = 0; i < n - 4; i++) {
            sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }

    public static String thinking(SeededRandom random, String prompt) {
        List<String> words = pieces(prompt == null ? "" : prompt.strip());
        StringBuilder sb = new StringBuilder("Considering the request:");
        for (int i = 0; i < Math.min(8, words.size()); i++) {
            sb.append(words.get(i).startsWith(" ") ? words.get(i) : " " + words.get(i));
        }
        sb.append(". Weighing");
        int n = 6 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }

    /**
     * A JSON value that satisfies a (simple) JSON schema; string or number leaves named like "answer" receive the
     * given answer. {@code format: "json"} without a schema yields {@code {"answer": ...}}.
     */
    public static Object fromSchema(Object schema, String answer, SeededRandom random) {
        if (!(schema instanceof JsonObject s)) {
            return new JsonObject().put("answer", answer);
        }
        if (s.containsKey("enum")) {
            JsonArray e = s.getJsonArray("enum");
            return e.isEmpty() ? null : e.getValue(0);
        }
        if (s.containsKey("const")) {
            return s.getValue("const");
        }
        Object type = s.getValue("type");
        String t = type instanceof JsonArray arr && !arr.isEmpty() ? arr.getString(0) : (String) type;
        if (t == null) {
            t = s.containsKey("properties") ? "object" : "string";
        }
        switch (t) {
            case "object": {
                JsonObject out = new JsonObject();
                JsonObject props = s.getJsonObject("properties", new JsonObject());
                for (Map.Entry<String, Object> p : props) {
                    Object v = fromSchema(p.getValue(), answer, random);
                    if (isAnswerKey(p.getKey()) && answer != null) {
                        v = coerce(answer, p.getValue(), v);
                    }
                    out.put(p.getKey(), v);
                }
                return out;
            }
            case "array": {
                JsonArray out = new JsonArray();
                out.add(fromSchema(s.getValue("items"), answer, random));
                return out;
            }
            case "integer":
                return random.nextInt(100);
            case "number":
                return Math.round(random.nextDouble() * 1000) / 10.0;
            case "boolean":
                return true;
            case "null":
                return null;
            default:
                return answer != null ? answer : "text";
        }
    }

    private static boolean isAnswerKey(String k) {
        String l = k.toLowerCase(java.util.Locale.ROOT);
        return l.equals("answer") || l.equals("result") || l.equals("response") || l.equals("value");
    }

    private static Object coerce(String answer, Object schema, Object fallback) {
        String type = schema instanceof JsonObject s ? s.getString("type", "string") : "string";
        try {
            return switch (type) {
                case "integer" -> Long.parseLong(answer.trim());
                case "number" -> Double.parseDouble(answer.trim());
                case "string" -> answer;
                default -> fallback;
            };
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** An L2-normalised vector of the given dimension, a pure function of the text and model. */
    public static float[] embedding(String model, String text, int dims) {
        SeededRandom random = SeededRandom.of("embed", model, text);
        float[] v = new float[dims];
        double norm = 0;
        for (int i = 0; i < dims; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        return normalize(v, norm);
    }

    public static float[] truncate(float[] v, int dims) {
        float[] out = java.util.Arrays.copyOf(v, Math.min(dims, v.length));
        double norm = 0;
        for (float x : out) {
            norm += x * x;
        }
        return normalize(out, norm);
    }

    private static float[] normalize(float[] v, double norm) {
        double n = Math.sqrt(norm);
        if (n > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] / n);
            }
        }
        return v;
    }

    /** Token ids for the deprecated {@code context} field: one id per piece, hashed into a 32k vocabulary. */
    public static JsonArray contextIds(String prompt, String reply) {
        JsonArray ids = new JsonArray();
        for (Iterator<String> it = pieces((prompt == null ? "" : prompt) + reply).iterator(); it.hasNext(); ) {
            ids.add(Math.floorMod(it.next().hashCode(), 32000));
        }
        return ids;
    }
}
