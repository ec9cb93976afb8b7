package io.oeml.library.finetune;

import static io.oeml.library.fleet.DeadLetters.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.finetune.ModelDeployed;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.library.finetune.repository.FineTunedModelRepository;
import io.oeml.library.fleet.DeadLetters;
import io.oeml.library.fleet.TestConsumers;
import io.oeml.outbox.IdempotentConsumer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;

/**
 * Models finetune-service deployed, through the real Kafka into Postgres and the catalog, shown with their lineage on
 * the model detail. Events of one job share a key, so a partition: a later event under the same key (shown once
 * consumed) proves the earlier ones were consumed too.
 */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class FineTunedModelsApiTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Inject
    FineTunedModelRepository models;

    @Test
    void aDeployedModelShowsItsLineageOnItsDetail() {
        ModelDeployed deployed = FineTuneEvents.deployed(FineTuneEvents.target(), 1, FineTuneEvents.BASE);
        FineTuneEvents.publish(deployed);

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> detail(deployed.model())
                .body("model.origin", equalTo("fine_tuned"))
                .body("model.lineage.base_model", equalTo(FineTuneEvents.BASE))
                .body("model.lineage.base_in_catalog", equalTo(true))
                .body("model.lineage.job_id", equalTo(deployed.jobId()))
                .body("model.lineage.backend", equalTo("llama_cpp"))
                .body("model.lineage.weights_changed", equalTo(true))
                .body("model.lineage.dataset_sha256", equalTo(FineTuneEvents.DATASET))
                .body("model.lineage.score_name", equalTo("validation_loss"))
                .body("model.lineage.base_score", equalTo(2.1f))
                .body("model.lineage.tuned_score", equalTo(1.4f))
                .body("model.lineage.answer_accuracy.tuned", equalTo(0.31f))
                .body("model.lineage.answer_accuracy.examples", equalTo(7))
                .body("model.lineage.deployed_at", equalTo("2026-12-03T05:00:00Z")));
    }

    @Test
    void aFineTunedModelsFactsAreItsBasesLabelledInherited() {
        ModelDeployed deployed = FineTuneEvents.deployed(FineTuneEvents.target(), 1, FineTuneEvents.BASE);
        FineTuneEvents.publish(deployed);

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> detail(deployed.model())
                .body("model.facts.source", everyItem(startsWith("inherited from " + FineTuneEvents.BASE)))
                .body("model.facts.name", hasItem("block_count"))
                // the base's published benchmarks are the base's scores, not this model's
                .body("model.scores.values().score", everyItem(nullValue())));
        int baseBlocks = detail(FineTuneEvents.BASE).extract().path("model.facts.find { it.name == 'block_count' }.value");
        detail(deployed.model()).body("model.facts.find { it.name == 'block_count' }.value", equalTo(baseBlocks));
    }

    @Test
    void aBaseListsTheModelsFineTunedFromIt() {
        String target = FineTuneEvents.target();
        ModelDeployed first = FineTuneEvents.deployed(target, 1, FineTuneEvents.BASE);
        ModelDeployed second = FineTuneEvents.deployed(target, 2, FineTuneEvents.BASE);
        FineTuneEvents.publish(first);
        FineTuneEvents.publish(second);

        String versions = "model.fine_tuned.findAll { it.target_model_name == '" + target + "' }";
        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> detail(FineTuneEvents.BASE)
                .body(versions + ".name", equalTo(List.of(first.model(), second.model())))
                .body(versions + ".version", equalTo(List.of(1, 2)))
                .body(versions + ".job_id", equalTo(List.of(first.jobId(), second.jobId()))));
        detail(FineTuneEvents.BASE).body("model.lineage", nullValue());
    }

    @Test
    void aFineTunedModelInstalledOnAHostIsListedAsInstalledThere() {
        ModelDeployed deployed = FineTuneEvents.deployed(FineTuneEvents.target(), 1, FineTuneEvents.BASE);
        String host = "ft-" + UUID.randomUUID();
        FineTuneEvents.publish(deployed);
        FineTuneEvents.hostWith(host, deployed.model());

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> given().queryParam("query", deployed.targetModelName())
                .queryParam("installed", true).get("/api/ai/ollama/models/search").then().statusCode(200)
                .body("results.name", hasItem(deployed.model())));
        detail(deployed.model()).body("model.installed_on", equalTo(List.of(host)));
    }

    @Test
    void aReplayedEventAndALaterEventForTheSameModelChangeNothing() {
        String target = FineTuneEvents.target();
        ModelDeployed deployed = FineTuneEvents.deployed(target, 1, FineTuneEvents.BASE);
        String data = EventJson.write(deployed);
        String eventId = "dup-" + deployed.jobId();
        FineTuneEvents.publish(eventId, deployed.jobId(), EventTypes.FINETUNE_MODEL_DEPLOYED, data);
        FineTuneEvents.publish(eventId, deployed.jobId(), EventTypes.FINETUNE_MODEL_DEPLOYED, data);
        ModelDeployed again = new ModelDeployed("job-other", "bob", deployed.model(), target, 1, "llama3.2:1b",
                "modelfile", false, "local", FineTuneEvents.DATASET, null, null, null, null, deployed.deployedAt());
        FineTuneEvents.publish(deployed.jobId(), EventTypes.FINETUNE_MODEL_DEPLOYED, again);

        awaitMarkerAfter(deployed.jobId());

        detail(deployed.model()).body("model.lineage.job_id", equalTo(deployed.jobId()))
                .body("model.lineage.base_model", equalTo(FineTuneEvents.BASE))
                .body("model.lineage.tuned_score", equalTo(1.4f));
        detail(FineTuneEvents.BASE).body("model.fine_tuned.findAll { it.name == '" + deployed.model() + "' }.job_id",
                equalTo(List.of(deployed.jobId())));
        assertThat(deadLettersOf(deployed.jobId())).isEmpty();
    }

    @Test
    void aModelOfABaseTheCatalogDoesNotKnowIsStoredWithItsLineageOnly() throws Throwable {
        ModelDeployed deployed = FineTuneEvents.deployed(FineTuneEvents.target(), 1, "hf.co/acme/unlisted-base:Q4_K_M");
        FineTuneEvents.publish(deployed);

        awaitMarkerAfter(deployed.jobId());

        FineTunedModel stored = VertxContextSupport.subscribeAndAwait(() -> models.named(deployed.model()));
        assertThat(stored.baseModel).isEqualTo("hf.co/acme/unlisted-base:Q4_K_M");
        assertThat(stored.jobId).isEqualTo(deployed.jobId());
        // nothing is known of its architecture until discovery reads it from a host
        given().get("/api/ai/ollama/models/" + deployed.model()).then().statusCode(404);
        assertThat(deadLettersOf(deployed.jobId())).isEmpty();
    }

    @Test
    void aSchemaInvalidEventIsDeadLetteredWithoutAnAttempt() {
        ModelDeployed deployed = FineTuneEvents.deployed(FineTuneEvents.target(), 1, FineTuneEvents.BASE);
        ModelDeployed unhashed = new ModelDeployed(deployed.jobId(), deployed.owner(), deployed.model(),
                deployed.targetModelName(), 1, deployed.baseModel(), deployed.backend(), true, deployed.host(),
                "not-a-hash", deployed.scoreName(), deployed.baseScore(), deployed.tunedScore(),
                deployed.answerAccuracy(), deployed.deployedAt());
        String eventId = FineTuneEvents.publish(unhashed);

        ConsumerRecord<String, String> dead = DeadLetters.await(Topic.LIBRARY_FINETUNE_EVENTS_DLQ, eventId, DELIVERY);

        assertThat(header(dead, IdempotentConsumer.ATTEMPTS_HEADER)).isEqualTo("0");
        assertThat(header(dead, "dead-letter-reason")).contains("dataset_sha256");
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topic.FINETUNE_JOB_EVENTS.topicName());
    }

    @Test
    void anEventWhoseNameContradictsItsVersionIsDeadLetteredAfterOneAttempt() {
        ModelDeployed deployed = FineTuneEvents.deployed(FineTuneEvents.target(), 1, FineTuneEvents.BASE);
        ModelDeployed contradictory = new ModelDeployed(deployed.jobId(), deployed.owner(), deployed.model(),
                deployed.targetModelName(), 2, deployed.baseModel(), deployed.backend(), true, deployed.host(),
                deployed.datasetSha256(), deployed.scoreName(), deployed.baseScore(), deployed.tunedScore(),
                deployed.answerAccuracy(), deployed.deployedAt());
        String eventId = FineTuneEvents.publish(contradictory);

        ConsumerRecord<String, String> dead = DeadLetters.await(Topic.LIBRARY_FINETUNE_EVENTS_DLQ, eventId, DELIVERY);

        assertThat(header(dead, IdempotentConsumer.ATTEMPTS_HEADER)).isEqualTo("1");
        assertThat(header(dead, "dead-letter-reason")).contains("is not version 2 of");
        given().get("/api/ai/ollama/models/" + deployed.model()).then().statusCode(404);
    }

    @Test
    void jobTransitionsAreAcknowledgedUnread() {
        ModelDeployed deployed = FineTuneEvents.deployed(FineTuneEvents.target(), 1, FineTuneEvents.BASE);
        // not even checked against its schema: a transition without its fields would be dead-lettered if it were read
        FineTuneEvents.publish(deployed.jobId(), EventTypes.FINETUNE_JOB_TRANSITIONED, Map.of("job_id", deployed.jobId()));
        FineTuneEvents.publish(deployed);

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> detail(deployed.model())
                .body("model.lineage.job_id", equalTo(deployed.jobId())));
        assertThat(deadLettersOf(deployed.jobId())).isEmpty();
    }

    /** Publishes another model's deployment under {@code key} and waits until it is shown. */
    private static void awaitMarkerAfter(String key) {
        ModelDeployed marker = FineTuneEvents.deployed(FineTuneEvents.target(), 1, FineTuneEvents.BASE);
        FineTuneEvents.publish(key, EventTypes.FINETUNE_MODEL_DEPLOYED, marker);
        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> detail(marker.model())
                .body("model.lineage.job_id", equalTo(marker.jobId())));
    }

    private static List<ConsumerRecord<String, String>> deadLettersOf(String jobId) {
        return TestConsumers.recordsFor(Topic.LIBRARY_FINETUNE_EVENTS_DLQ, jobId, jobId, Duration.ofSeconds(5));
    }

    private static ValidatableResponse detail(String model) {
        return given().get("/api/ai/ollama/models/" + model).then().statusCode(200);
    }
}
