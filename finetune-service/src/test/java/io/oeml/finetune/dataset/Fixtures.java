package io.oeml.finetune.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Training-data lines as records, and files made of them. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public record PromptCompletion(String prompt, String completion) {
    }

    public record Instruction(String instruction, String input, String output) {
    }

    public record Turn(String role, String content) {
    }

    public record Messages(List<Turn> messages) {

        public static Messages of(Turn... turns) {
            return new Messages(List.of(turns));
        }
    }

    public record From(String from, String value) {
    }

    public record ShareGpt(List<From> conversations) {
    }

    public static Turn user(String content) {
        return new Turn(ChatMessage.USER, content);
    }

    public static Turn assistant(String content) {
        return new Turn(ChatMessage.ASSISTANT, content);
    }

    public static Turn system(String content) {
        return new Turn(ChatMessage.SYSTEM, content);
    }

    public static String json(Object line) {
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code count} distinct valid prompt/completion lines. */
    public static List<String> validLines(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> json(new PromptCompletion("What is " + i + " + " + i + "?", "It is " + (2 * i) + ".")))
                .toList();
    }

    public static Path write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path file, String... lines) {
        return write(file, Arrays.asList(lines));
    }

    public static Path writeBytes(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
