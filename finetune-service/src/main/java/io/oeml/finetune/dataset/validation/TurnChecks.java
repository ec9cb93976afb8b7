package io.oeml.finetune.dataset.validation;

import java.util.List;
import java.util.Set;

import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.finetune.dataset.format.Checks;
import io.oeml.finetune.dataset.format.Example;
import io.oeml.finetune.dataset.format.IssueSink;

/**
 * The rules every converted example meets, whatever its format: known roles, no empty turn, a system turn only
 * first, then user and assistant alternating from user, ending with assistant (plain text is one assistant turn).
 */
final class TurnChecks {

    private static final Set<String> ROLES = Set.of(ChatMessage.SYSTEM, ChatMessage.USER, ChatMessage.ASSISTANT);

    private TurnChecks() {
    }

    /** @return true when the example passed */
    static boolean check(Example example, IssueSink issues) {
        long line = example.line();
        List<ChatMessage> turns = example.messages();
        boolean ok = true;
        for (int i = 0; i < turns.size(); i++) {
            ChatMessage turn = turns.get(i);
            if (!ROLES.contains(turn.role())) {
                issues.error(line, Checks.UNKNOWN_ROLE, "turn " + (i + 1) + " has role '" + shorten(turn.role())
                        + "'; known roles are system, user, assistant (ShareGPT: system, human, gpt)");
                ok = false;
            }
            if (turn.content().isBlank()) {
                issues.error(line, Checks.EMPTY_FIELD, "turn " + (i + 1) + " (" + shorten(turn.role()) + ") is empty");
                ok = false;
            }
        }
        return ok && order(example, issues);
    }

    private static boolean order(Example example, IssueSink issues) {
        long line = example.line();
        List<ChatMessage> turns = example.messages();
        String previous = null;
        for (int i = 0; i < turns.size(); i++) {
            String role = turns.get(i).role();
            if (ChatMessage.SYSTEM.equals(role)) {
                if (i > 0) {
                    issues.error(line, Checks.TURN_ORDER, "turn " + (i + 1) + " is a system turn; only the first may be");
                    return false;
                }
                continue;
            }
            if (previous == null && ChatMessage.ASSISTANT.equals(role) && !example.continuation()) {
                issues.error(line, Checks.TURN_ORDER, "turn " + (i + 1) + " is the assistant's; a conversation starts"
                        + " with the user");
                return false;
            }
            if (role.equals(previous)) {
                issues.error(line, Checks.TURN_ORDER, "turns " + i + " and " + (i + 1) + " are both " + role
                        + "; user and assistant alternate");
                return false;
            }
            previous = role;
        }
        if (!ChatMessage.ASSISTANT.equals(previous)) {
            issues.error(line, Checks.TURN_ORDER, "the last turn must be the assistant's, the answer trained on");
            return false;
        }
        return true;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
