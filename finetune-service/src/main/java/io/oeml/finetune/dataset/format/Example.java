package io.oeml.finetune.dataset.format;

import java.util.List;

import io.oeml.finetune.dataset.ChatMessage;

/**
 * One training example as a reader converted it.
 *
 * @param line the file line it starts on
 * @param continuation true for plain text, one assistant turn trained as continuation (no user turn before it)
 */
public record Example(long line, List<ChatMessage> messages, boolean continuation) {
}
