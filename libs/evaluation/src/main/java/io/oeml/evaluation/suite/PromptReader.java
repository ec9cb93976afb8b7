package io.oeml.evaluation.suite;

import java.util.List;
import java.util.Set;

import io.oeml.evaluation.check.Check;

/** Reads one prompt line: {@code id}, {@code prompt} or {@code messages}, {@code checks}, {@code weight}. */
final class PromptReader {

    static final Set<String> FIELDS = Set.of("id", "prompt", "messages", "checks", "weight");
    static final int MAX_ID = 128;
    static final int MAX_PROMPT = 32_000;
    static final int MAX_TURNS = 50;
    static final int MAX_CHECKS = 20;
    static final double MAX_WEIGHT = 1_000;

    private PromptReader() {
    }

    /** Null when the line has a problem (reported to {@code f}). */
    static EvalPrompt read(FieldReader f, List<SuiteProblem> problems) {
        int before = problems.size();
        f.rejectUnknown(FIELDS);
        String id = f.text("id", true, MAX_ID);
        PromptInput input = input(f);
        List<Check> checks = f.objects("checks", MAX_CHECKS, (item, i) -> CheckReader.read(item));
        Double weight = f.number("weight", Double.MIN_VALUE, MAX_WEIGHT, 1.0);
        return problems.size() > before ? null : new EvalPrompt(id, input, checks, weight);
    }

    private static PromptInput input(FieldReader f) {
        if (f.has("prompt") && f.has("messages")) {
            f.problem("messages", "give either prompt or messages, not both");
            return null;
        }
        if (f.has("messages")) {
            return chat(f);
        }
        if (!f.has("prompt")) {
            f.problem("prompt", "missing: give prompt (a text) or messages (a chat)");
            return null;
        }
        String prompt = f.text("prompt", true, MAX_PROMPT);
        return prompt == null ? null : new PromptInput.Text(prompt);
    }

    private static PromptInput chat(FieldReader f) {
        List<Turn> turns = f.objects("messages", MAX_TURNS, (item, i) -> turn(item));
        if (turns.isEmpty()) {
            return null;
        }
        if (!turns.get(turns.size() - 1).role().equals("user")) {
            f.problem("messages", "the last message must have role user: it is the one the model answers");
            return null;
        }
        return new PromptInput.Chat(turns);
    }

    private static Turn turn(FieldReader f) {
        f.rejectUnknown(Set.of("role", "content"));
        String role = f.text("role", true, 20);
        String content = f.text("content", true, MAX_PROMPT);
        if (role != null && !Turn.ROLES.contains(role)) {
            f.problem("role", "must be system, user or assistant, not '" + role + "'");
            return null;
        }
        return role == null || content == null ? null : new Turn(role, content);
    }
}
