package io.oeml.evaluation.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode NAME_SCHEMA = JSON.valueToTree(Map.of("type", "object",
            "required", List.of("name"), "properties", Map.of("name", Map.of("type", "string"))));

    @Test
    void anyJsonValuePassesWithoutASchema() {
        assertThat(JsonCheck.anyJson().score("[1, 2, 3]")).isEqualTo(1);
    }

    @Test
    void textThatIsNotJsonFails() {
        assertThat(JsonCheck.anyJson().score("name: Alice")).isZero();
    }

    @Test
    void jsonFollowedByProseFails() {
        assertThat(JsonCheck.anyJson().score("{\"name\": \"Alice\"} I hope this helps!")).isZero();
    }

    @Test
    void aMarkdownCodeFenceAroundTheJsonIsAllowed() {
        assertThat(JsonCheck.anyJson().score("```json\n{\"name\": \"Alice\"}\n```")).isEqualTo(1);
    }

    @Test
    void jsonConformingToTheSchemaPasses() {
        assertThat(JsonCheck.conformingTo(NAME_SCHEMA).score("{\"name\": \"Alice\"}")).isEqualTo(1);
    }

    @Test
    void jsonViolatingTheSchemaFails() {
        assertThat(JsonCheck.conformingTo(NAME_SCHEMA).score("{\"name\": 7}")).isZero();
    }

    @Test
    void aSchemaThatIsNotAJsonSchemaIsRefusedWithTheReason() {
        JsonNode notASchema = JSON.valueToTree(Map.of("type", "thing"));

        assertThatThrownBy(() -> JsonCheck.conformingTo(notASchema))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid JSON Schema");
    }

    @Test
    void aSchemaMayNameAnEarlierDraft() {
        JsonNode draft7 = JSON.valueToTree(Map.of("$schema", "http://json-schema.org/draft-07/schema#",
                "type", "object", "required", List.of("name")));

        assertThat(JsonCheck.conformingTo(draft7).score("{\"name\": \"Alice\"}")).isEqualTo(1);
        assertThat(JsonCheck.conformingTo(draft7).score("{}")).isZero();
    }

    @Test
    void aSchemaThatRefersToAUrlIsRefusedWithoutFetchingIt() {
        JsonNode remote = JSON.valueToTree(Map.of("$ref", "http://127.0.0.1:9/schema.json"));

        assertThatThrownBy(() -> JsonCheck.conformingTo(remote))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not allowed to be loaded");
    }
}
