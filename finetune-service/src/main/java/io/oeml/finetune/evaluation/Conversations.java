package io.oeml.finetune.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.finetune.dataset.ChatMessage;

/** A split of a prepared dataset: one {@code {"messages":[...]}} conversation per line (validated before). */
public final class Conversations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Conversations() {
    }

    /** Blocking: reads at most {@code limit} conversations. */
    public static List<List<ChatMessage>> read(Path split, int limit) {
        List<List<ChatMessage>> out = new ArrayList<>();
        if (split == null || !Files.exists(split)) {
            return out;
        }
        try (BufferedReader in = Files.newBufferedReader(split, StandardCharsets.UTF_8)) {
            String line;
            while (out.size() < limit && (line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<ChatMessage> turns = new ArrayList<>();
                for (JsonNode m : JSON.readTree(line).path("messages")) {
                    turns.add(new ChatMessage(m.path("role").asText(), m.path("content").asText()));
                }
                out.add(List.copyOf(turns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + split + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The turns without system messages. */
    public static List<ChatMessage> withoutSystem(List<ChatMessage> conversation) {
        return conversation.stream().filter(m -> !ChatMessage.SYSTEM.equals(m.role())).toList();
    }

    /** The index of the last assistant turn, or -1. */
    public static int lastAssistant(List<ChatMessage> conversation) {
        for (int i = conversation.size() - 1; i >= 0; i--) {
            if (ChatMessage.ASSISTANT.equals(conversation.get(i).role())) {
                return i;
            }
        }
        return -1;
    }
}
