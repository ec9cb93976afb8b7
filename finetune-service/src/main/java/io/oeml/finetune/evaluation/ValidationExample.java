package io.oeml.finetune.evaluation;

import java.util.List;

import io.oeml.finetune.dataset.ChatMessage;

/**
 * A held-out conversation cut before its last assistant turn: what the model is told, and what the data says to
 * answer.
 *
 * @param context the turns before the answer
 */
public record ValidationExample(List<ChatMessage> context, String expected) {

    /**
     * Without the conversation's system messages, for a prompt that brings its own (a modelfile candidate). Null for a
     * conversation without an assistant turn after some other turn.
     */
    public static ValidationExample withoutSystem(List<ChatMessage> conversation) {
        return cut(Conversations.withoutSystem(conversation));
    }

    /** The turns as the data has them, system messages included, as a model trained on the data saw them. */
    public static ValidationExample asWritten(List<ChatMessage> conversation) {
        return cut(conversation);
    }

    private static ValidationExample cut(List<ChatMessage> turns) {
        int last = Conversations.lastAssistant(turns);
        if (last <= 0) {
            return null;
        }
        return new ValidationExample(List.copyOf(turns.subList(0, last)), turns.get(last).content());
    }
}
