package io.oeml.library.audit;

import static io.oeml.infra.testing.TestIdentity.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.oeml.errors.RequestIds;
import io.oeml.infra.testing.CapturedLog;
import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The audit line a request writes once its transaction committed on the real Postgres (a Uni continuation of
 * Hibernate Reactive) is logged under the X-Request-Id the gateway forwarded.
 */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class AuditLineRequestIdTest {

    @Test
    void theAuditLineOfARequestCarriesItsRequestIdInTheMdc() {
        String requestId = "audit-line-" + UUID.randomUUID();
        try (CapturedLog log = CapturedLog.of("audit", RequestIds.MDC_KEY)) {
            asAdmin().header(RequestIds.HEADER, requestId).post("/api/ai/ollama/models/discovery").then().statusCode(202);

            assertThat(log.lines()).filteredOn(line -> line.message().contains(requestId))
                    .extracting(CapturedLog.Line::mdcValue).containsExactly(requestId);
        }
    }
}
