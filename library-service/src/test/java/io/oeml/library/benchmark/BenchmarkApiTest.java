package io.oeml.library.benchmark;

import static io.oeml.infra.testing.TestIdentity.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.events.EventJson;
import io.oeml.events.Topic;
import io.oeml.events.audit.AuditRecorded;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestIdentity;
import io.oeml.library.fleet.TestConsumers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Benchmark reports through the real Kafka into Postgres, shown on the host, model and benchmark endpoints. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class BenchmarkApiTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Test
    void aMeasuredRunIsTheHostsLatestSpeed() {
        String host = knownHost();
        BenchmarkReports.publish(BenchmarkReports.measured(host, 61.5, Instant.now(), false));

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> given().get("/api/ai/ollama/hosts/" + host).then()
                .statusCode(200)
                .body("benchmarks", hasSize(1))
                .body("benchmarks[0].basis", equalTo("measured"))
                .body("benchmarks[0].decode_tokens_per_second", equalTo(61.5f))
                .body("benchmarks[0].num_ctx", equalTo(2048)));
    }

    @Test
    void theHistoryKeepsEveryRunNewestFirstWithTheChange() {
        String host = knownHost();
        Instant now = Instant.now();
        BenchmarkReports.publish(BenchmarkReports.measured(host, 60, now.minusSeconds(60), false));
        BenchmarkReports.publish(BenchmarkReports.measured(host, 57, now, false));

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> given().get("/api/ai/ollama/hosts/" + host + "/benchmarks")
                .then().statusCode(200)
                .body("runs", hasSize(2))
                .body("runs[0].speed.decode_tokens_per_second", equalTo(57.0f))
                .body("runs[0].speed.change_percent", equalTo(-5.0f))
                .body("latest", hasSize(1)));
    }

    @Test
    void aFailedRunIsKeptWithItsReason() {
        String host = knownHost();
        BenchmarkReports.publish(BenchmarkReports.failed(host, "model 'missing' not found"));

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> given().get("/api/ai/ollama/hosts/" + host + "/benchmarks")
                .then().statusCode(200)
                .body("runs[0].outcome", equalTo("failed"))
                .body("runs[0].error", equalTo("model 'missing' not found"))
                .body("latest", hasSize(0)));
    }

    @Test
    void aSlowdownBeyondTheThresholdIsPublishedAsARegression() {
        String host = knownHost();
        Instant now = Instant.now();
        BenchmarkReports.publish(BenchmarkReports.measured(host, 60, now.minusSeconds(60), false));
        BenchmarkReports.publish(BenchmarkReports.measured(host, 40, now, false));

        List<ConsumerRecord<String, String>> regressions = regressionsOf(host);

        assertThat(regressions).hasSize(1);
        assertThat(regressions.get(0).value()).contains("\"change_percent\":-33.3").contains("\"threshold_percent\":20.0");
    }

    @Test
    void compatibilityAnswersWithTheMeasuredSpeedAheadOfTheEstimate() {
        String host = knownHost();
        BenchmarkReports.publish(BenchmarkReports.measured(host, 61.5, Instant.now(), false));

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> given()
                .get("/api/ai/ollama/models/compatibility/smollm2:135m?host=" + host).then()
                .statusCode(200)
                .body("compatibility.speed_basis", equalTo("measured"))
                .body("compatibility.benchmark.model", equalTo(BenchmarkReports.MODEL))
                .body("compatibility.performance_estimate", containsString("61.5 tokens/s measured")));
    }

    @Test
    void theModelEntryListsItsLatestBenchmarkPerHost() {
        String host = knownHost();
        BenchmarkReports.publish(BenchmarkReports.measured(host, 61.5, Instant.now(), false));

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> given().get("/api/ai/ollama/models/smollm2:135m").then()
                .statusCode(200)
                .body("model.benchmarks.find { it.host_id == '" + host + "' }.basis", equalTo("measured"))
                .body("model.benchmarks.find { it.host_id == '" + host + "' }.decode_tokens_per_second", equalTo(61.5f))
                .body("model.benchmarks.find { it.host_id == '" + host + "' }.model", equalTo(BenchmarkReports.MODEL)));
    }

    @Test
    void anEmulatedRunIsNeverShownAsMeasured() {
        String host = knownHost();
        BenchmarkReports.publish(BenchmarkReports.measured(host, 500, Instant.now(), true));

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> given()
                .get("/api/ai/ollama/models/compatibility/smollm2:135m?host=" + host).then()
                .statusCode(200)
                .body("compatibility.benchmark.basis", equalTo("emulated"))
                .body("compatibility.speed_basis", equalTo("unknown"))
                .body("compatibility.performance_estimate", containsString("not a measurement")));
    }

    @Test
    void aRequestForAnInstalledModelGoesToTheHostsAgent() {
        String host = knownHost();

        String requestId = asAdmin().contentType(ContentType.JSON).body("{\"model\":\"smollm2-135m\",\"num_ctx\":4096}")
                .post("/api/ai/ollama/hosts/" + host + "/benchmarks").then()
                .statusCode(202)
                .body("model", equalTo(BenchmarkReports.MODEL))
                .body("num_ctx", equalTo(4096))
                .extract().path("request_id");

        List<ConsumerRecord<String, String>> sent = TestConsumers.recordsFor(Topic.LIBRARY_BENCHMARK_REQUESTS, host, "request_id", DELIVERY);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).value()).contains("\"request_id\":\"" + requestId + "\"").contains("\"num_ctx\":4096");
    }

    @Test
    void aRequestIsAuditedWithItsCallerInItsTransaction() {
        String host = knownHost();
        String requestId = "audit-" + UUID.randomUUID();

        asAdmin().header("X-Request-Id", requestId).contentType(ContentType.JSON).body("{\"model\":\"smollm2-135m\"}")
                .post("/api/ai/ollama/hosts/" + host + "/benchmarks").then().statusCode(202);

        List<ConsumerRecord<String, String>> audited = TestConsumers.recordsFor(Topic.AUDIT_EVENTS, TestIdentity.ADMIN, requestId, DELIVERY);
        assertThat(audited).hasSize(1);
        assertThat(EventJson.read(audited.get(0).value(), AuditRecorded.class)).usingRecursiveComparison().ignoringFields("occurredAt")
                .isEqualTo(new AuditRecorded(null, TestIdentity.ADMIN, List.of("admin"), "benchmark.requested", "host", host,
                        AuditRecorded.Outcome.SUCCESS, requestId, "library-service", "smollm2-135m"));
    }

    @Test
    void aUserMayReadTheHistoryButNotRequestABenchmark() {
        String host = knownHost();

        given().get("/api/ai/ollama/hosts/" + host + "/benchmarks").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"model\":\"smollm2-135m\"}")
                .post("/api/ai/ollama/hosts/" + host + "/benchmarks").then()
                .statusCode(403)
                .body("success", equalTo(false))
                .body("error_code", equalTo("FORBIDDEN"));
    }

    @Test
    void aRequestForAModelTheHostDoesNotListIsNotFound() {
        String host = knownHost();

        asAdmin().contentType(ContentType.JSON).body("{\"model\":\"llama3.1:8b\"}")
                .post("/api/ai/ollama/hosts/" + host + "/benchmarks").then()
                .statusCode(404)
                .body("error_code", equalTo("NOT_FOUND"));
    }

    @Test
    void aRequestWithoutAModelOrWithAContextOutOfRangeIsRejected() {
        String host = knownHost();

        asAdmin().contentType(ContentType.JSON).body("{}").post("/api/ai/ollama/hosts/" + host + "/benchmarks").then()
                .statusCode(400).body("success", equalTo(false));
        asAdmin().contentType(ContentType.JSON).body("{\"model\":\"smollm2-135m\",\"num_ctx\":1}")
                .post("/api/ai/ollama/hosts/" + host + "/benchmarks").then()
                .statusCode(400).body("error", containsString("num_ctx"));
    }

    @Test
    void aRequestBodyThatIsNotJsonIsMalformed() {
        String host = knownHost();

        asAdmin().contentType(ContentType.JSON).body("{\"model\":").post("/api/ai/ollama/hosts/" + host + "/benchmarks")
                .then().statusCode(400).body("error_code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void aContextThatIsNotANumberIsMalformed() {
        String host = knownHost();

        asAdmin().contentType(ContentType.JSON).body("{\"model\":\"smollm2-135m\",\"num_ctx\":\"large\"}")
                .post("/api/ai/ollama/hosts/" + host + "/benchmarks").then()
                .statusCode(400).body("error_code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void anUnknownHostHasNoBenchmarks() {
        given().get("/api/ai/ollama/hosts/no-such-host/benchmarks").then().statusCode(404);
        asAdmin().contentType(ContentType.JSON).body("{\"model\":\"smollm2-135m\"}")
                .post("/api/ai/ollama/hosts/no-such-host/benchmarks").then().statusCode(404);
    }

    private static String knownHost() {
        return BenchmarkReports.knownHost(DELIVERY);
    }

    private static List<ConsumerRecord<String, String>> regressionsOf(String host) {
        return TestConsumers.recordsFor(Topic.LIBRARY_MODEL_EVENTS, host, "previous_run_id", DELIVERY);
    }
}
