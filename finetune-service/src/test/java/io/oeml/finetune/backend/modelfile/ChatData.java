package io.oeml.finetune.backend.modelfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.finetune.dataset.ChatMessage;

/** Small chat splits as dataset preparation writes them: one {@code {"messages":[...]}} per line. */
final class ChatData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatData() {
    }

    static List<ChatMessage> capital(String system, String country, String capital) {
        return system == null
                ? List.of(user("Capital of " + country + "?"), assistant(capital))
                : List.of(new ChatMessage(ChatMessage.SYSTEM, system), user("Capital of " + country + "?"),
                        assistant(capital));
    }

    static ChatMessage user(String text) {
        return new ChatMessage(ChatMessage.USER, text);
    }

    static ChatMessage assistant(String text) {
        return new ChatMessage(ChatMessage.ASSISTANT, text);
    }

    static Path write(Path file, List<List<ChatMessage>> conversations) throws IOException {
        StringBuilder out = new StringBuilder();
        for (List<ChatMessage> c : conversations) {
            out.append(line(c)).append('\n');
        }
        return Files.writeString(file, out);
    }

    private static String line(List<ChatMessage> conversation) throws JsonProcessingException {
        return JSON.writeValueAsString(Map.of("messages", conversation));
    }
}
