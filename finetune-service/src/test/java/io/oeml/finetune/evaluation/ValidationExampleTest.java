package io.oeml.finetune.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.finetune.dataset.ChatMessage;

class ValidationExampleTest {

    private static final ChatMessage SYSTEM = new ChatMessage(ChatMessage.SYSTEM, "Answer briefly.");
    private static final ChatMessage QUESTION = new ChatMessage(ChatMessage.USER, "Capital of France?");
    private static final ChatMessage ANSWER = new ChatMessage(ChatMessage.ASSISTANT, "Paris.");

    @Test
    void asWrittenKeepsTheSystemTurnBeforeTheAnswer() {
        assertThat(ValidationExample.asWritten(List.of(SYSTEM, QUESTION, ANSWER)))
                .isEqualTo(new ValidationExample(List.of(SYSTEM, QUESTION), "Paris."));
    }

    @Test
    void withoutSystemDropsTheSystemTurn() {
        assertThat(ValidationExample.withoutSystem(List.of(SYSTEM, QUESTION, ANSWER)))
                .isEqualTo(new ValidationExample(List.of(QUESTION), "Paris."));
    }

    @Test
    void aConversationThatStartsWithTheAnswerHasNothingToAsk() {
        assertThat(ValidationExample.asWritten(List.of(ANSWER, QUESTION))).isNull();
    }
}
