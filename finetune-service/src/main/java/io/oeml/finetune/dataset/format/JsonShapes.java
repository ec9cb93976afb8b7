package io.oeml.finetune.dataset.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.finetune.dataset.DataType;

/**
 * The JSON object shapes of a line, converted to turns: {@code messages} (role/content), ShareGPT
 * {@code conversations} (from/value), {@code prompt}/{@code completion}, {@code instruction}/{@code input}/{@code output};
 * an optional {@code system} field of the last two becomes a first system turn. {@code conversation} data takes the
 * first two shapes only.
 */
final class JsonShapes {

    /** ShareGPT speakers to chat roles; any other {@code from} is kept, for the role check to name. */
    private static final Map<String, String> SHAREGPT_ROLES = Map.of("human", ChatMessage.USER, "gpt",
            ChatMessage.ASSISTANT, "system", ChatMessage.SYSTEM, "user", ChatMessage.USER, "assistant",
            ChatMessage.ASSISTANT);

    private JsonShapes() {
    }

    /** The turns of {@code object}, or null when it has none (reported). */
    static List<ChatMessage> messages(JsonNode object, DataType type, long line, IssueSink issues) {
        if (object.has("messages")) {
            return turns(object.get("messages"), "messages", "role", "content", line, issues);
        }
        if (object.has("conversations")) {
            return turns(object.get("conversations"), "conversations", "from", "value", line, issues);
        }
        if (type == DataType.CONVERSATION) {
            issues.error(line, Checks.REQUIRED_FIELD, "a conversation line needs 'messages' (role/content turns)"
                    + " or 'conversations' (ShareGPT from/value turns)");
            return null;
        }
        if (object.has("prompt") || object.has("completion")) {
            String prompt = text(object, "prompt", line, issues);
            String completion = text(object, "completion", line, issues);
            return prompt == null || completion == null ? null : pair(object, prompt, completion, line, issues);
        }
        if (object.has("instruction") || object.has("output")) {
            String instruction = text(object, "instruction", line, issues);
            String output = text(object, "output", line, issues);
            String input = object.hasNonNull("input") ? text(object, "input", line, issues) : "";
            if (instruction == null || output == null || input == null) {
                return null;
            }
            String user = input.isBlank() ? instruction : instruction + "\n\n" + input;
            return pair(object, user, output, line, issues);
        }
        issues.error(line, Checks.REQUIRED_FIELD, "a line needs 'messages', 'conversations', 'prompt' and 'completion',"
                + " or 'instruction' and 'output'");
        return null;
    }

    private static List<ChatMessage> pair(JsonNode object, String user, String assistant, long line, IssueSink issues) {
        List<ChatMessage> turns = new ArrayList<>(3);
        if (object.hasNonNull("system")) {
            String system = text(object, "system", line, issues);
            if (system == null) {
                return null;
            }
            turns.add(new ChatMessage(ChatMessage.SYSTEM, system));
        }
        turns.add(new ChatMessage(ChatMessage.USER, user));
        turns.add(new ChatMessage(ChatMessage.ASSISTANT, assistant));
        return turns;
    }

    private static List<ChatMessage> turns(JsonNode array, String field, String roleKey, String contentKey, long line,
            IssueSink issues) {
        if (!array.isArray()) {
            issues.error(line, Checks.FIELD_TYPE, "'" + field + "' must be an array of turns");
            return null;
        }
        if (array.isEmpty()) {
            issues.error(line, Checks.EMPTY_FIELD, "'" + field + "' has no turns");
            return null;
        }
        List<ChatMessage> turns = new ArrayList<>(array.size());
        boolean ok = true;
        for (int i = 0; i < array.size(); i++) {
            JsonNode turn = array.get(i);
            String where = field + "[" + i + "]";
            if (!turn.isObject()) {
                issues.error(line, Checks.FIELD_TYPE, "'" + where + "' must be an object with '" + roleKey + "' and '"
                        + contentKey + "'");
                ok = false;
                continue;
            }
            String role = text(turn, roleKey, where, line, issues);
            String content = text(turn, contentKey, where, line, issues);
            if (role == null || content == null) {
                ok = false;
                continue;
            }
            turns.add(new ChatMessage("from".equals(roleKey) ? SHAREGPT_ROLES.getOrDefault(role, role) : role, content));
        }
        return ok ? turns : null;
    }

    private static String text(JsonNode object, String key, long line, IssueSink issues) {
        return text(object, key, null, line, issues);
    }

    private static String text(JsonNode object, String key, String within, long line, IssueSink issues) {
        String name = within == null ? "'" + key + "'" : "'" + key + "' of " + within;
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            issues.error(line, Checks.REQUIRED_FIELD, name + " is missing");
            return null;
        }
        if (!value.isTextual()) {
            issues.error(line, Checks.FIELD_TYPE, name + " must be text, not " + value.getNodeType().name().toLowerCase());
            return null;
        }
        return value.textValue();
    }
}
