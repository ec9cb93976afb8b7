package io.oeml.ollama.emulator.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The fixed evaluation set (resource {@code eval-prompts.json}) whose answers the correctness model scores. */
public final class EvalPrompts {

    public record EvalPrompt(String id, String skill, String prompt, String answer, List<String> wrong) {
    }

    private static final List<EvalPrompt> ALL = load();

    private EvalPrompts() {
    }

    public static List<EvalPrompt> all() {
        return ALL;
    }

    /** The eval prompt whose text the given prompt contains (case- and whitespace-insensitive). */
    public static Optional<EvalPrompt> match(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String norm = normalize(text);
        for (EvalPrompt p : ALL) {
            if (norm.contains(normalize(p.prompt()))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private static List<EvalPrompt> load() {
        try (InputStream in = EvalPrompts.class.getResourceAsStream("/io/oeml/ollama/emulator/eval-prompts.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<EvalPrompt> out = new ArrayList<>();
            for (JsonNode p : root.get("prompts")) {
                List<String> wrong = new ArrayList<>();
                p.get("wrong").forEach(w -> wrong.add(w.asText()));
                out.add(new EvalPrompt(p.get("id").asText(), p.get("skill").asText(), p.get("prompt").asText(),
                        p.get("answer").asText(), List.copyOf(wrong)));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw resource, served at {@code GET /emulator/eval-prompts}. */
    public static byte[] resourceBytes() {
        try (InputStream in = EvalPrompts.class.getResourceAsStream("/io/oeml/ollama/emulator/eval-prompts.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
