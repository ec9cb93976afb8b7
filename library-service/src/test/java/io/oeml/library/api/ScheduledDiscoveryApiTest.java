package io.oeml.library.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The background discovery, with the new-host check shortened by configuration: nobody asks for a scan. */
@QuarkusTest
@TestProfile(ScheduledDiscoveryApiTest.FastNewHostCheck.class)
@WithTestResource(RealInfraResource.class)
class ScheduledDiscoveryApiTest {

    public static class FastNewHostCheck implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalog.discovery.new-host-check", "1s");
        }
    }

    @RegisterExtension
    static final EmulatedOllama emulator = new EmulatedOllama();

    @Test
    void aHostThatAppearsIsScannedWithinTheNewHostCheck() {
        String host = TestFleet.reportOllamaHost(emulator.baseUrl());

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/api/ai/ollama/models/discovery").then()
                        .statusCode(200)
                        .body("hosts.find { it.host_id == '" + host + "' }.matched", hasItem("llama3.1:8b")));
    }
}
