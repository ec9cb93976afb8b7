package io.oeml.finetune.backend.modelfile;

import static io.oeml.finetune.backend.modelfile.ChatData.capital;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.finetune.dataset.ChatMessage;

class FewShotTest {

    private static final String FALLBACK = "default system";

    @Test
    void theDatasOwnSystemMessageIsUsedWhenEveryConversationHasTheSameOne() {
        List<List<ChatMessage>> train = List.of(capital("Answer with the city.", "France", "Paris"),
                capital("Answer with the city.", "Italy", "Rome"));

        assertThat(FewShot.systemPrompt(train, FALLBACK)).isEqualTo("Answer with the city.");
    }

    @Test
    void differentSystemMessagesFallBackToTheConfiguredOne() {
        List<List<ChatMessage>> train = List.of(capital("one", "France", "Paris"), capital("two", "Italy", "Rome"));

        assertThat(FewShot.systemPrompt(train, FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void aConversationWithoutSystemMessageFallsBackToTheConfiguredOne() {
        List<List<ChatMessage>> train = List.of(capital("one", "France", "Paris"), capital(null, "Italy", "Rome"));

        assertThat(FewShot.systemPrompt(train, FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void eachCandidateHoldsKWholeExamplesWithoutTheirSystemMessages() {
        List<List<ChatMessage>> train = List.of(capital("s", "France", "Paris"), capital("s", "Italy", "Rome"),
                capital("s", "Spain", "Madrid"), capital("s", "Peru", "Lima"));

        List<FewShot> candidates = FewShot.candidates(train, "s", 2, 3, 7);

        assertThat(candidates).hasSize(3).allSatisfy(c -> {
            assertThat(c.system()).isEqualTo("s");
            assertThat(c.messages()).extracting(ChatMessage::role)
                    .containsExactly(ChatMessage.USER, ChatMessage.ASSISTANT, ChatMessage.USER, ChatMessage.ASSISTANT);
        });
    }

    @Test
    void theSameSeedChoosesTheSameCandidates() {
        List<List<ChatMessage>> train = List.of(capital(null, "France", "Paris"), capital(null, "Italy", "Rome"),
                capital(null, "Spain", "Madrid"), capital(null, "Peru", "Lima"));

        assertThat(FewShot.candidates(train, "s", 2, 3, 11)).isEqualTo(FewShot.candidates(train, "s", 2, 3, 11));
    }
}
