package io.oeml.evaluation.suite;

import java.util.List;

/** What is sent to the model: one prompt ({@code /api/generate}, the model's template applied) or a chat. */
public sealed interface PromptInput {

    /** Sent with {@code /api/generate}. */
    record Text(String prompt) implements PromptInput {
    }

    /** Sent with {@code /api/chat}; the last turn is the user's. */
    record Chat(List<Turn> turns) implements PromptInput {

        public Chat {
            turns = List.copyOf(turns);
        }
    }
}
