package io.oeml.finetune.dataset.format;

import static io.oeml.finetune.dataset.Fixtures.assistant;
import static io.oeml.finetune.dataset.Fixtures.json;
import static io.oeml.finetune.dataset.Fixtures.system;
import static io.oeml.finetune.dataset.Fixtures.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.finetune.dataset.DataType;
import io.oeml.finetune.dataset.Fixtures.From;
import io.oeml.finetune.dataset.Fixtures.Instruction;
import io.oeml.finetune.dataset.Fixtures.Messages;
import io.oeml.finetune.dataset.Fixtures.PromptCompletion;
import io.oeml.finetune.dataset.Fixtures.ShareGpt;

/** Every format converts to chat turns; the type is detected from the first non-empty line. */
class FormatsTest {

    private static final int MAX = 1 << 20;

    private final List<String> problems = new ArrayList<>();
    private final IssueSink issues = new IssueSink() {
        @Override
        public void error(long line, String check, String message) {
            problems.add(line + " " + check);
        }

        @Override
        public void warning(long line, String check, String message) {
            problems.add(line + " " + check);
        }
    };

    @Test
    void jsonlPromptAndCompletionBecomeAUserAndAnAssistantTurn() throws IOException {
        List<Example> examples = read(DataType.JSONL, json(new PromptCompletion("2+2?", "4")));

        assertEquals(List.of(turn("user", "2+2?"), turn("assistant", "4")), examples.get(0).messages());
    }

    @Test
    void jsonlInstructionAndInputMakeTheUserTurn() throws IOException {
        List<Example> examples = read(DataType.JSONL, json(new Instruction("Translate", "chat", "Katze")));

        assertEquals(List.of(turn("user", "Translate\n\nchat"), turn("assistant", "Katze")), examples.get(0).messages());
    }

    @Test
    void jsonlMessagesKeepTheirTurns() throws IOException {
        List<Example> examples = read(DataType.JSONL, json(Messages.of(system("Be brief."), user("Hi"), assistant("Hello"))));

        assertEquals(List.of(turn("system", "Be brief."), turn("user", "Hi"), turn("assistant", "Hello")),
                examples.get(0).messages());
    }

    @Test
    void conversationShareGptHumanAndGptBecomeUserAndAssistant() throws IOException {
        List<Example> examples = read(DataType.CONVERSATION,
                json(new ShareGpt(List.of(new From("human", "Hi"), new From("gpt", "Hello")))));

        assertEquals(List.of(turn("user", "Hi"), turn("assistant", "Hello")), examples.get(0).messages());
    }

    @Test
    void conversationRefusesAPromptCompletionLine() throws IOException {
        List<Example> examples = read(DataType.CONVERSATION, json(new PromptCompletion("a", "b")));

        assertTrue(examples.isEmpty());
        assertEquals(List.of("1 required_field"), problems);
    }

    @Test
    void csvReadsQuotedFieldsWithCommasQuotesAndNewlines() throws IOException {
        List<Example> examples = read(DataType.CSV, "prompt,completion", "\"Say \"\"hi\"\", please\",\"hi,", "there\"",
                "plain,row");

        assertEquals(List.of(turn("user", "Say \"hi\", please"), turn("assistant", "hi,\nthere")),
                examples.get(0).messages());
        assertEquals(List.of(2L, 4L), examples.stream().map(Example::line).toList());
    }

    @Test
    void csvWithoutNamedColumnsIsRefusedAtTheHeader() throws IOException {
        List<Example> examples = read(DataType.CSV, "question,answer", "a,b");

        assertTrue(examples.isEmpty());
        assertEquals(List.of("1 required_field"), problems);
    }

    @Test
    void textExamplesAreSeparatedByBlankLines() throws IOException {
        List<Example> examples = read(DataType.TEXT, "first line", "still first", "", "", "second");

        assertEquals(List.of(List.of(turn("assistant", "first line\nstill first")), List.of(turn("assistant", "second"))),
                examples.stream().map(Example::messages).toList());
        assertEquals(List.of(1L, 5L), examples.stream().map(Example::line).toList());
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws IOException {
        byte[] bytes = (json(new PromptCompletion("a", "b")) + "\n{\"prompt\":\"\u00e9\"}\n").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 5] = (byte) 0xFF;

        read(DataType.JSONL, bytes);

        assertEquals(List.of("2 encoding"), problems);
    }

    @Test
    void detectsConversationFromMessages() throws IOException {
        assertEquals(DataType.CONVERSATION, detect("", json(Messages.of(user("a"), assistant("b")))));
    }

    @Test
    void detectsJsonlFromPromptCompletion() throws IOException {
        assertEquals(DataType.JSONL, detect(json(new PromptCompletion("a", "b"))));
    }

    @Test
    void detectsCsvFromItsHeader() throws IOException {
        assertEquals(DataType.CSV, detect("instruction,input,output", "a,,b"));
    }

    @Test
    void detectsTextOtherwise() throws IOException {
        assertEquals(DataType.TEXT, detect("Once upon a time, there was a model.", "", "The end."));
    }

    private static ChatMessage turn(String role, String content) {
        return new ChatMessage(role, content);
    }

    private List<Example> read(DataType type, String... lines) throws IOException {
        return read(type, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private List<Example> read(DataType type, byte[] bytes) throws IOException {
        ExampleReader reader = Formats.open(type, new ByteArrayInputStream(bytes), MAX, issues);
        List<Example> examples = new ArrayList<>();
        Example example;
        while ((example = reader.next()) != null) {
            examples.add(example);
        }
        return examples;
    }

    private static DataType detect(String... lines) throws IOException {
        return Formats.detect(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), MAX);
    }
}
