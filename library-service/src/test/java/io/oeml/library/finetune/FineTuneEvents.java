package io.oeml.library.finetune;

import java.time.Instant;
import java.util.UUID;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.capacity.InstalledModel;
import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.events.finetune.ModelDeployed;
import io.oeml.infra.testing.TestCloudEvents;
import io.oeml.library.fleet.CapacityEvents;

/** What finetune-service publishes on {@code finetune.job-events} (key = job id) when it deploys a model. */
public final class FineTuneEvents {

    /** A catalog model: its facts are what a fine-tune of it inherits. */
    static final String BASE = "smollm2:135m";
    static final String DATASET = "3f0a6c1e9b2d4f5a8c7e6d5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a59";

    private FineTuneEvents() {
    }

    /** A new target name, so that each test's models are its own. */
    public static String target() {
        return "support-bot-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Version {@code version} of {@code target}, LoRA-trained from {@code base} by a new job (validation loss 2.1 → 1.4). */
    public static ModelDeployed deployed(String target, int version, String base) {
        return new ModelDeployed("job-" + UUID.randomUUID(), "alice", target + ":v" + version, target, version, base,
                "llama_cpp", true, "local", DATASET, "validation_loss", 2.1, 1.4, new AnswerAccuracy(0.22, 0.31, 7),
                Instant.parse("2026-12-03T05:00:00Z"));
    }

    /** Publishes a new event of the deployment, keyed by its job; returns the event id. */
    public static String publish(ModelDeployed deployed) {
        return publish(deployed.jobId(), EventTypes.FINETUNE_MODEL_DEPLOYED, deployed);
    }

    /** Publishes {@code data} under a new event id with the record key {@code key}; returns the event id. */
    static String publish(String key, String type, Object data) {
        String eventId = UUID.randomUUID().toString();
        publish(eventId, key, type, EventJson.write(data));
        return eventId;
    }

    /** Publishes raw {@code data} as event {@code eventId}; the same id twice is a redelivery. */
    static void publish(String eventId, String key, String type, String data) {
        TestCloudEvents.send(Topic.FINETUNE_JOB_EVENTS, eventId, type, "/finetune-service", key, data);
    }

    /** A host whose Ollama lists {@code model} ({@link CapacityEvents#reportOllamaHostWith}). */
    static void hostWith(String hostId, String model) {
        CapacityEvents.reportOllamaHostWith(hostId,
                new InstalledModel(model, "sha256:5d2c1f0e9a8b", 98_500_000L, "llama", "134.52M", "Q8_0"));
    }
}
