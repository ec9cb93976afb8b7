package io.oeml.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kustomize base holds each service's manifest as quarkus-kubernetes generated it from the service's config, so
 * env vars, ports and probes in the cluster are the code's. A config change that is not refreshed here fails. The
 * comparison is of the objects, not the text: quarkus-kubernetes writes the same labels and ports in a different order
 * from one build to the next, so keys and named list items (ports, env, volumes) are compared in any order.
 */
class GeneratedManifestsTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @ParameterizedTest
    @EnumSource(Service.class)
    void theBaseHoldsWhatTheBuildGenerated(Service service) throws IOException {
        assertThat(Files.exists(service.generatedManifest()))
                .as("%s is missing: build %s first (./mvnw -B -q -o install -pl %s -am -DskipTests)",
                        service.generatedManifest(), service.artifactId, service.artifactId)
                .isTrue();

        assertThat(objects(service.committedManifest()))
                .as("deploy/kubernetes/%s differs from what the build generated (%s/target/kubernetes/kubernetes.yml):"
                        + " refresh it with deploy/kubernetes/refresh-generated.sh and commit it",
                        service.committedManifest(), service.artifactId)
                .isEqualTo(objects(service.generatedManifest()));
    }

    @Test
    void namedItemsInAnotherOrderAreTheSameManifest() throws IOException {
        String ports = "spec: {ports: [{name: http, port: 80}, {name: management, port: 9080}]}";
        String swapped = "spec: {ports: [{port: 9080, name: management}, {name: http, port: 80}]}";

        assertThat(normalized(YAML.readTree(ports))).isEqualTo(normalized(YAML.readTree(swapped)));
    }

    @Test
    void aChangedValueIsAnotherManifest() throws IOException {
        String ready = "spec: {readinessProbe: {httpGet: {path: /q/health/ready}}}";
        String readyz = "spec: {readinessProbe: {httpGet: {path: /q/health/readyz}}}";

        assertThat(normalized(YAML.readTree(ready))).isNotEqualTo(normalized(YAML.readTree(readyz)));
    }

    private static List<JsonNode> objects(Path file) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (JsonNode document : YAML.readValues(YAML.createParser(file.toFile()), JsonNode.class).readAll()) {
            objects.add(normalized(document));
        }
        return objects;
    }

    /** Object keys compare in any order already (ObjectNode equality); lists of named items are sorted by name. */
    private static JsonNode normalized(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                copy.set(field.getKey(), normalized(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(normalized(item)));
            if (items.stream().allMatch(item -> item.hasNonNull("name"))) {
                items.sort(Comparator.comparing(item -> item.get("name").asText()));
            }
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            items.forEach(copy::add);
            return copy;
        }
        return node;
    }
}
