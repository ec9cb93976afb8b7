package io.oeml.optimizer.search.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

class AskTellDriverTest {

    private static final ParameterSpec X = new ParameterSpec("x", "float", -5.0, 10.0, false, null);
    private static final ParameterSpec N = new ParameterSpec("n", "int", 1.0, 4.0, false, null);
    private static final ParameterSpec KIND = new ParameterSpec("kind", "categorical", null, null, null,
            List.of("a", "b"));

    private final AskTellDriver driver = new AskTellDriver();

    private static CreateRequest create(String strategy, List<ParameterSpec> space) {
        return new CreateRequest(strategy, space, 20, 1, 7L, Map.of());
    }

    private JsonNode send(DriverRequest request) throws JsonProcessingException {
        return sendLine(AskTellDriver.JSON.writerFor(DriverRequest.class).writeValueAsString(request));
    }

    private JsonNode sendLine(String line) throws JsonProcessingException {
        return AskTellDriver.JSON.valueToTree(driver.answer(line));
    }

    @Test
    void createIsAcknowledged() throws Exception {
        assertThat(send(create("random_search", List.of(X))).path("ok").asBoolean()).isTrue();
    }

    @Test
    void createOfAGridSearchStatesItsGrid() throws Exception {
        JsonNode answer = send(create("grid_search", List.of(X, N)));

        assertThat(answer.path("ok").asBoolean()).isTrue();
        assertThat(answer.path("grid").asText()).contains("x").contains("n");
    }

    @Test
    void createOfAnotherStrategyStatesNoGrid() throws Exception {
        assertThat(send(create("random_search", List.of(X))).has("grid")).isFalse();
    }

    @Test
    void askAnswersNumberedTrialsWithAValueOfTheRightTypeForEveryParameter() throws Exception {
        send(create("random_search", List.of(X, N, KIND)));

        JsonNode trials = send(new AskRequest(2)).path("trials");

        assertThat(trials).hasSize(2);
        assertThat(trials.get(0).path("number").asInt()).isZero();
        assertThat(trials.get(1).path("number").asInt()).isEqualTo(1);
        JsonNode params = trials.get(0).path("params");
        assertThat(params.path("x").isDouble()).isTrue();
        assertThat(params.path("x").asDouble()).isBetween(-5.0, 10.0);
        assertThat(params.path("n").isInt()).isTrue();
        assertThat(params.path("n").asInt()).isBetween(1, 4);
        assertThat(params.path("kind").asText()).isIn("a", "b");
        assertThat(trials.get(0).path("budget").asInt()).isZero();
    }

    @Test
    void askReportsTheStrategysOwnSuggestTimeAndWhetherItIsFinished() throws Exception {
        send(create("random_search", List.of(X)));

        JsonNode answer = send(new AskRequest(1));

        assertThat(answer.path("suggest_ns").asLong()).isPositive();
        assertThat(answer.path("finished").isBoolean()).isTrue();
        assertThat(answer.path("finished").asBoolean()).isFalse();
    }

    @Test
    void askWithoutACountAsksForOneTrial() throws Exception {
        send(create("random_search", List.of(X)));

        assertThat(sendLine("{\"op\":\"ask\"}").path("trials")).hasSize(1);
    }

    @Test
    void theSameSeedAsksTheSameTrials() throws Exception {
        send(create("random_search", List.of(X, N, KIND)));
        JsonNode first = send(new AskRequest(3)).path("trials");
        send(create("random_search", List.of(X, N, KIND)));

        assertThat(send(new AskRequest(3)).path("trials")).isEqualTo(first);
    }

    @Test
    void tellOfAnAskedTrialIsAcknowledged() throws Exception {
        send(create("random_search", List.of(X)));
        send(new AskRequest(1));

        assertThat(send(new TellRequest(0, new double[] {1.23}, true)).path("ok").asBoolean()).isTrue();
    }

    @Test
    void tellOfATrialNeverAskedIsAnError() throws Exception {
        send(create("random_search", List.of(X)));

        assertThat(send(new TellRequest(3, new double[] {1.0}, true)).path("error").asText())
                .contains("trial 3 was never asked");
    }

    @Test
    void tellOfATrialTwiceIsAnError() throws Exception {
        send(create("random_search", List.of(X)));
        send(new AskRequest(1));
        send(new TellRequest(0, new double[] {1.0}, true));

        assertThat(send(new TellRequest(0, new double[] {1.0}, true)).path("error").asText())
                .contains("already told");
    }

    @Test
    void tellWithMoreValuesThanObjectivesIsAnError() throws Exception {
        send(create("random_search", List.of(X)));
        send(new AskRequest(1));

        assertThat(send(new TellRequest(0, new double[] {1.0, 2.0}, true)).path("error").asText())
                .contains("expected 1 objective value");
    }

    @Test
    void askBeforeCreateIsAnError() throws Exception {
        assertThat(send(new AskRequest(1)).path("error").asText()).contains("send a create request first");
    }

    @Test
    void unknownStrategyIsAnErrorListingTheKnownOnes() throws Exception {
        assertThat(send(create("simulated_annealing", List.of(X))).path("error").asText())
                .contains("unknown strategy 'simulated_annealing'").contains("bayesian_optimization");
    }

    @Test
    void invalidSpaceIsAnErrorNamingTheParameter() throws Exception {
        ParameterSpec reversed = new ParameterSpec("temperature", "float", 2.0, 1.0, false, null);

        assertThat(send(create("random_search", List.of(reversed))).path("error").asText())
                .contains("parameter 'temperature'");
    }

    @Test
    void intParameterWithAFractionalBoundIsAnError() throws Exception {
        ParameterSpec fractional = new ParameterSpec("top_k", "int", 1.5, 10.0, false, null);

        assertThat(send(create("random_search", List.of(fractional))).path("error").asText())
                .contains("parameter 'top_k'").contains("must be an integer");
    }

    @Test
    void unknownParameterTypeIsAnError() throws Exception {
        ParameterSpec unknown = new ParameterSpec("x", "complex", 0.0, 1.0, false, null);

        assertThat(send(create("random_search", List.of(unknown))).path("error").asText())
                .contains("unknown type 'complex'");
    }

    @Test
    void malformedJsonIsAnError() throws Exception {
        assertThat(sendLine("{\"op\":\"ask\",").path("error").asText()).startsWith("malformed request");
    }

    @Test
    void unknownFieldIsAnError() throws Exception {
        assertThat(sendLine("{\"op\":\"ask\",\"cont\":2}").path("error").asText()).contains("cont");
    }

    @Test
    void unknownOpIsAnError() throws Exception {
        assertThat(sendLine("{\"op\":\"pause\"}").path("error").asText()).contains("unknown op 'pause'");
    }

    @Test
    void requestWithoutOpIsAnError() throws Exception {
        assertThat(sendLine("{\"count\":1}").path("error").asText()).contains("needs an op");
    }

    @Test
    void runAnswersEveryLineInOrderAndGoesOnAfterAnError() throws IOException {
        String create = AskTellDriver.JSON.writerFor(DriverRequest.class)
                .writeValueAsString(create("random_search", List.of(X)));
        String input = String.join("\n", "not json", create, "", "{\"op\":\"ask\",\"count\":1}",
                "{\"op\":\"tell\",\"trial\":0,\"values\":[0.5],\"feasible\":true}") + "\n";
        StringWriter out = new StringWriter();

        driver.run(new BufferedReader(new StringReader(input)), out);

        List<String> answers = out.toString().lines().toList();
        assertThat(answers).hasSize(4);
        assertThat(answers.get(0)).contains("\"error\"");
        assertThat(answers.get(1)).isEqualTo("{\"ok\":true}");
        assertThat(answers.get(2)).contains("\"trials\":[{\"number\":0");
        assertThat(answers.get(3)).isEqualTo("{\"ok\":true}");
    }
}
