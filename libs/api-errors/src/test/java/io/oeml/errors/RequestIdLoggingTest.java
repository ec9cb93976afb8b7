package io.oeml.errors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.CapturedLog;
import io.quarkus.test.junit.QuarkusTest;

/** Every line logged while a request is handled carries the request's id as the MDC key {@code request_id}. */
@QuarkusTest
class RequestIdLoggingTest {

    private CapturedLog log;

    @BeforeEach
    void capture() {
        log = CapturedLog.of(LoggingResource.LOGGER, RequestIds.MDC_KEY);
    }

    @AfterEach
    void release() {
        log.close();
    }

    @Test
    void aLineOnTheEventLoopCarriesTheIdTheCallerSent() {
        given().header(RequestIds.HEADER, "req-loop-1").get("/logged/event-loop").then().statusCode(200);

        assertThat(log.lines()).containsExactly(new CapturedLog.Line("event-loop", "req-loop-1"));
    }

    @Test
    void aLineOnAWorkerThreadCarriesTheId() {
        given().header(RequestIds.HEADER, "req-blocking-1").get("/logged/blocking").then().statusCode(200);

        assertThat(log.lines()).containsExactly(new CapturedLog.Line("blocking", "req-blocking-1"));
    }

    @Test
    void aLineInAUniContinuationOnTheWorkerPoolCarriesTheId() {
        given().header(RequestIds.HEADER, "req-continuation-1").get("/logged/continuation").then().statusCode(200);

        assertThat(log.lines()).containsExactly(new CapturedLog.Line("continuation", "req-continuation-1"));
    }

    @Test
    void withoutAnIdTheLineCarriesTheGeneratedOneTheResponseNames() {
        String generated = given().get("/logged/event-loop").then().statusCode(200).extract().header(RequestIds.HEADER);

        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(log.lines()).containsExactly(new CapturedLog.Line("event-loop", generated));
    }

    @Test
    void anUnacceptableIdIsReplacedInTheLineToo() {
        String generated = given().header(RequestIds.HEADER, "has spaces").get("/logged/event-loop").then()
                .extract().header(RequestIds.HEADER);

        assertThat(log.lines()).containsExactly(new CapturedLog.Line("event-loop", generated));
    }

    @Test
    void anIdDoesNotLeakIntoTheNextRequest() {
        for (String path : List.of("/logged/event-loop", "/logged/blocking", "/logged/continuation")) {
            given().header(RequestIds.HEADER, "req-first").get(path).then().statusCode(200);
            String second = given().get(path).then().statusCode(200).extract().header(RequestIds.HEADER);

            assertThat(log.lines()).last().isEqualTo(new CapturedLog.Line(path.substring("/logged/".length()), second));
        }
    }
}
