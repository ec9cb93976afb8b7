package io.oeml.finetune.dataset.validation;

import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.finetune.dataset.format.Example;

/** Tokens of an example when no tokenizer is at hand: 4 characters per token, plus 4 per turn for the template. */
final class TokenEstimate {

    static final String METHOD = "estimate: 4 characters per token plus 4 per turn for the chat template";
    private static final int CHARS_PER_TOKEN = 4;
    private static final int TOKENS_PER_TURN = 4;

    private TokenEstimate() {
    }

    static int of(Example example) {
        long tokens = 0;
        for (ChatMessage turn : example.messages()) {
            tokens += (turn.content().length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN + TOKENS_PER_TURN;
        }
        return (int) Math.min(Integer.MAX_VALUE, tokens);
    }
}
