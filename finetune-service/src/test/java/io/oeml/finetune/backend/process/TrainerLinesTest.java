package io.oeml.finetune.backend.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.oeml.finetune.trainer.TrainerEvent;
import io.oeml.infra.testing.CapturedLog;

class TrainerLinesTest {

    private final TrainerLines lines = new TrainerLines("test trainer");

    @Test
    void everyMessageOfTheProtocolDocExampleIsRead() throws IOException {
        List<Class<?>> types = Files.readAllLines(TrainerScripts.recorded("doc-example-run.jsonl")).stream()
                .map(lines::parse).map(Optional::orElseThrow).map(Object::getClass).toList();

        assertEquals(List.of(TrainerEvent.Phase.class, TrainerEvent.Plan.class, TrainerEvent.Phase.class,
                TrainerEvent.Step.class, TrainerEvent.Epoch.class, TrainerEvent.Evaluation.class,
                TrainerEvent.Evaluation.class, TrainerEvent.Phase.class, TrainerEvent.Artifact.class), types);
    }

    @Test
    void everyLineOfARecordedOemlTrainerRunIsAProtocolMessage() throws IOException {
        List<String> recorded = Files.readAllLines(TrainerScripts.recorded("oeml-trainer-6574658344aa-capitals.jsonl"));

        assertTrue(recorded.stream().map(lines::parse).allMatch(Optional::isPresent));
    }

    @Test
    void snakeCaseFieldsFillTheEvent() {
        Optional<TrainerEvent> step = lines.parse("{\"type\":\"step\",\"step\":3,\"total_steps\":8,\"epoch\":2,"
                + "\"loss\":0.5,\"accuracy\":0.9,\"lr\":1e-4,\"tokens_per_second\":31.5,\"step_seconds\":8.1}");

        assertEquals(Optional.of(new TrainerEvent.Step(3, 8, 2, 0.5, 0.9, 1e-4, 31.5, 8.1)), step);
    }

    @Test
    void anEpochWithoutValidationDataHasNullValidationFigures() {
        TrainerEvent.Epoch epoch = (TrainerEvent.Epoch) lines.parse("{\"type\":\"epoch\",\"epoch\":1,\"epochs\":2,"
                + "\"train_loss\":0.6,\"train_accuracy\":0.8,\"val_loss\":null,\"val_accuracy\":null}").orElseThrow();

        assertNull(epoch.valLoss());
        assertNull(epoch.valAccuracy());
    }

    @Test
    void fieldsTheProtocolDoesNotNameAreIgnored() {
        assertEquals(Optional.of(new TrainerEvent.Failure("CANCELLED", "stopped")),
                lines.parse("{\"type\":\"failure\",\"code\":\"CANCELLED\",\"message\":\"stopped\",\"v\":2}"));
    }

    @Test
    void anUnknownTypeIsSkippedWithAWarning() {
        try (CapturedLog log = CapturedLog.of(TrainerLines.class.getName(), "none")) {
            assertEquals(Optional.empty(), lines.parse("{\"type\":\"checkpoint\",\"path\":\"c.bin\"}"));

            assertTrue(log.lines().stream().anyMatch(line -> line.message().contains("protocol error")));
        }
    }

    @Test
    void aLineThatIsNotJsonIsSkipped() {
        assertEquals(Optional.empty(), lines.parse("loading model... 45%"));
    }

    @Test
    void jsonThatIsNotAnObjectIsSkipped() {
        assertEquals(Optional.empty(), lines.parse("[1,2,3]"));
    }

    @Test
    void aMessageWithoutARequiredFieldIsSkipped() {
        assertEquals(Optional.empty(), lines.parse("{\"type\":\"step\",\"step\":1,\"total_steps\":4,\"epoch\":1,"
                + "\"accuracy\":0.7,\"lr\":5e-05,\"tokens_per_second\":33.1,\"step_seconds\":7.7}"));
    }

    @Test
    void aFieldOfTheWrongTypeIsSkipped() {
        assertEquals(Optional.empty(), lines.parse("{\"type\":\"step\",\"step\":1,\"total_steps\":4,\"epoch\":1,"
                + "\"loss\":\"high\",\"accuracy\":0.7,\"lr\":5e-05,\"tokens_per_second\":33.1,\"step_seconds\":7.7}"));
    }

    @Test
    void aFailureWithoutItsCodeIsSkipped() {
        assertEquals(Optional.empty(), lines.parse("{\"type\":\"failure\",\"message\":\"no code\"}"));
    }

    @Test
    void aRecordedRunOfTheOlderPrebuildKeepsOnlyTheMessagesThatMatchTheDoc() throws IOException {
        List<TrainerEvent> events = Files.readAllLines(TrainerScripts.recorded("prebuild-5891e639aa2f-capitals.jsonl"))
                .stream().map(lines::parse).flatMap(Optional::stream).toList();

        // Its phase, log and epoch lines match the doc; its steps, "eval" lines and "kind" artifact do not.
        assertTrue(events.stream().noneMatch(e -> e instanceof TrainerEvent.Step
                || e instanceof TrainerEvent.Evaluation || e instanceof TrainerEvent.Artifact));
        assertTrue(events.stream().anyMatch(e -> e instanceof TrainerEvent.Epoch));
    }
}
