package io.oeml.library.api;

import static io.oeml.infra.testing.TestIdentity.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.oeml.events.finetune.ModelDeployed;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.library.finetune.FineTuneEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Discovery against the Ollama emulator (emulated host, not a real Ollama) reported by a hardware-agent snapshot. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class DiscoveryApiTest {

    @RegisterExtension
    static final EmulatedOllama emulator = new EmulatedOllama();

    @Test
    void installedModelsAreMatchedToTheCatalogOrAddedWithTheirShowFacts() {
        String custom = "team/coder-" + UUID.randomUUID().toString().substring(0, 6) + ":7b";
        // a copy would keep qwen2.5:7b's digest (and match it); a new system prompt makes a new manifest
        given().baseUri(emulator.baseUrl()).contentType("application/json")
                .body("{\"model\":\"" + custom + "\",\"from\":\"qwen2.5:7b\",\"system\":\"Review code.\",\"stream\":false}")
                .post("/api/create").then().statusCode(200);
        String host = TestFleet.reportOllamaHost(emulator.baseUrl());

        asAdmin().queryParam("host", host).post("/api/ai/ollama/models/discovery").then().statusCode(202);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/api/ai/ollama/models/" + custom).then().statusCode(200));
        given().get("/api/ai/ollama/models/" + custom).then()
                .body("model.origin", equalTo("discovered"))
                .body("model.categories", hasItem("code"))
                .body("model.weights_basis", equalTo("tensors"))
                .body("model.facts.find { it.name == 'block_count' }.source", containsString("ollama /api/show on " + host));
        given().get("/api/ai/ollama/models/discovery").then()
                .statusCode(200)
                .body("hosts.find { it.host_id == '" + host + "' }.matched", hasItem("llama3.1:8b"))
                .body("hosts.find { it.host_id == '" + host + "' }.added", hasItem(custom));
    }

    @Test
    void aFineTunedModelsInheritedFactsGiveWayToItsHostsShowFactsAndItKeepsItsLineage() {
        ModelDeployed deployed = FineTuneEvents.deployed(FineTuneEvents.target(), 1, "qwen2.5:7b");
        FineTuneEvents.publish(deployed);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/api/ai/ollama/models/" + deployed.model()).then().statusCode(200)
                        .body("model.origin", equalTo("fine_tuned")));
        given().baseUri(emulator.baseUrl()).contentType("application/json")
                .body("{\"model\":\"" + deployed.model() + "\",\"from\":\"qwen2.5:7b\",\"system\":\"Answer tickets.\",\"stream\":false}")
                .post("/api/create").then().statusCode(200);
        String host = TestFleet.reportOllamaHost(emulator.baseUrl());

        asAdmin().queryParam("host", host).post("/api/ai/ollama/models/discovery").then().statusCode(202);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/api/ai/ollama/models/" + deployed.model()).then().statusCode(200)
                        .body("model.origin", equalTo("discovered")));
        given().get("/api/ai/ollama/models/" + deployed.model()).then()
                .body("model.facts.find { it.name == 'block_count' }.source", containsString("ollama /api/show on " + host))
                .body("model.lineage.job_id", equalTo(deployed.jobId()))
                .body("model.lineage.base_model", equalTo("qwen2.5:7b"));
    }

    @Test
    void aUserMayReadTheResultsButNotStartAScan() {
        given().get("/api/ai/ollama/models/discovery").then().statusCode(200);
        given().post("/api/ai/ollama/models/discovery").then()
                .statusCode(403)
                .body("success", equalTo(false))
                .body("error_code", equalTo("FORBIDDEN"));
    }
}
