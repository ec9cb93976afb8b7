package io.oeml.finetune.backend.modelfile;

import java.util.List;

import io.oeml.finetune.dataset.ChatMessage;

/**
 * A held-out conversation cut before its last assistant turn: what the user says, and what the data says to answer.
 *
 * @param context the turns before the answer, without system messages (the candidate brings its own)
 */
record ValidationExample(List<ChatMessage> context, String expected) {

    /** Null for a conversation without an assistant turn to compare with. */
    static ValidationExample of(List<ChatMessage> conversation) {
        List<ChatMessage> turns = Conversations.withoutSystem(conversation);
        int last = Conversations.lastAssistant(turns);
        if (last <= 0) {
            return null;
        }
        return new ValidationExample(List.copyOf(turns.subList(0, last)), turns.get(last).content());
    }
}
