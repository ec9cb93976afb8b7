package io.oeml.agent.publish;

import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.events.EventTypes;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(RealInfraResource.class)
class KafkaOutageTest {

    private static final String PATH = "/api/agent/capacity";

    @Test
    void latestSnapshotIsKeptDuringAnOutageAndPublishedWhenTheBrokerReturns() throws Exception {
        TestInfra.get().stopKafka();
        try {
            awaitPublication(p -> p.getString("publication.last_error") != null, Duration.ofSeconds(30));
            get(PATH).then().statusCode(200)
                    .body("snapshot.host_id", equalTo("hardware-agent-test"))
                    .body("publication.pending", equalTo(true))
                    .body("snapshot.memory.total_bytes", notNullValue());
        } finally {
            TestInfra.get().startKafka();
        }
        Instant back = Instant.now();

        awaitPublication(p -> p.getString("publication.last_error") == null && !p.getBoolean("publication.pending"),
                Duration.ofSeconds(60));
        ObjectMapper json = new ObjectMapper();
        CapacityTopic.await(r -> EventTypes.CAPACITY_REPORTED.equals(CapacityTopic.header(r, "ce_type"))
                && observedAfter(json, r.value(), back), Duration.ofSeconds(30));
    }

    private static boolean observedAfter(ObjectMapper json, String value, Instant instant) {
        try {
            return Instant.parse(json.readTree(value).get("observed_at").asText()).isAfter(instant);
        } catch (Exception e) {
            return false;
        }
    }

    private static void awaitPublication(Predicate<JsonPath> condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.test(get(PATH).then().statusCode(200).extract().jsonPath())) {
                return;
            }
            Thread.sleep(500);
        }
        assertTrue(false, "publication state not reached within " + timeout + ": " + get(PATH).asString());
    }
}
