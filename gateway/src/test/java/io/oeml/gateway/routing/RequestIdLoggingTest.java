package io.oeml.gateway.routing;

import static io.oeml.gateway.TestCallers.asAlice;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.oeml.errors.RequestIds;
import io.oeml.infra.testing.CapturedLog;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The id a client sends is the one the gateway logs; the service receives the same id (RequestErrorsTest
 * requestIdTravelsToTheBackend) and logs it the same way (libs/api-errors RequestIdLoggingTest).
 */
@QuarkusTest
@WithTestResource(FakeBackendResource.class)
class RequestIdLoggingTest {

    @Test
    void theGatewayLogsABackendFailureUnderTheClientsRequestId() {
        try (CapturedLog log = CapturedLog.of(BackendFailures.class.getName(), RequestIds.MDC_KEY)) {
            asAlice().header(RequestIds.HEADER, "gw-log-1").get("/api/ai/ollama/optimization/sessions").then()
                    .statusCode(503);

            assertThat(log.lines()).extracting(CapturedLog.Line::mdcValue).containsExactly("gw-log-1");
        }
    }
}
