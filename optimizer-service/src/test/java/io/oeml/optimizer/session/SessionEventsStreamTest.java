package io.oeml.optimizer.session;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.oeml.optimizer.session.OptimizationApi.externalForm;
import static io.oeml.optimizer.session.OptimizationApi.floatParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.oeml.events.EventTypes;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestIdentity;
import io.oeml.optimizer.session.OptimizationApi.Space;
import io.oeml.optimizer.session.OptimizationApi.Tell;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** GET /events/{id} streams a session's events as Server-Sent Events, named by type, until it finishes. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class SessionEventsStreamTest {

    @TestHTTPResource("/")
    URL base;

    private final OptimizationApi api = OptimizationApi.newOwner();

    @Test
    void theStreamCarriesEachEventAndEndsWithTheSession() throws Exception {
        String id = api.create(externalForm("random_search", Space.of(floatParameter("x", 0, 1)), "max_iterations", "2"))
                .then().statusCode(200).extract().path("session_id");
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                URI.create(base + OptimizationApi.BASE.substring(1) + "/events/" + id))
                .header("Authorization", "Bearer " + TestIdentity.token(api.owner(), "user")).build(),
                HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        CompletableFuture<List<String>> names = CompletableFuture.supplyAsync(() -> stream.body()
                .filter(line -> line.startsWith("event:")).map(line -> line.substring("event:".length()).trim()).toList());

        api.start(id).then().statusCode(200);
        for (double value : new double[] {2, 1}) {
            int number = api.ask(id, 1).then().extract().path("trials[0].trial_number");
            api.tell(id, Tell.of(number, value)).then().statusCode(200);
        }

        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(names.get(60, TimeUnit.SECONDS)).containsExactly(EventTypes.OPTIMIZATION_SESSION_STARTED,
                EventTypes.OPTIMIZATION_TRIAL_COMPLETED, EventTypes.OPTIMIZATION_BEST_IMPROVED,
                EventTypes.OPTIMIZATION_TRIAL_COMPLETED, EventTypes.OPTIMIZATION_BEST_IMPROVED,
                EventTypes.OPTIMIZATION_SESSION_FINISHED);
    }

    @Test
    void theStreamOfAnEndedSessionIsEmpty() {
        String id = api.started(externalForm("random_search", Space.of(floatParameter("x", 0, 1))));
        api.request().post(OptimizationApi.BASE + "/cancel/" + id).then().statusCode(200);

        api.request().accept("text/event-stream").get(OptimizationApi.BASE + "/events/" + id).then().statusCode(200)
                .body(emptyString());
    }

    @Test
    void anotherOwnersStreamIsNotFound() {
        String id = api.started(externalForm("random_search", Space.of(floatParameter("x", 0, 1))));

        assertEnvelope(OptimizationApi.newOwner().request().accept("text/event-stream")
                .get(OptimizationApi.BASE + "/events/" + id).then(), 404, "SESSION_NOT_FOUND");
    }
}
