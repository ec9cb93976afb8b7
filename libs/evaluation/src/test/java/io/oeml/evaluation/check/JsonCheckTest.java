package io.oeml.evaluation.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonCheckTest {

    private static final JsonNode NAME_SCHEMA = new ObjectMapper().valueToTree(Map.of("type", "object",
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
        JsonNode notASchema = new ObjectMapper().valueToTree(Map.of("type", "thing"));

        assertThatThrownBy(() -> JsonCheck.conformingTo(notASchema))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid JSON Schema");
    }
}
