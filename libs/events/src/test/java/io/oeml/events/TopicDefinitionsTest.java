package io.oeml.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@link Topic} is the one definition of the suite's topics; the places that cannot refer to it by code name the
 * same topics with the same settings.
 */
class TopicDefinitionsTest {

    private static final Path REPOSITORY = Path.of("../..");
    private static final List<String> SERVICES = List.of("library-service", "finetune-service", "optimizer-service",
            "hardware-agent", "gateway");

    @Test
    void configPropertiesNameEveryTopicAsTheEnumDoes() throws IOException {
        Properties config = load(Path.of("src/main/resources/META-INF/microprofile-config.properties"));

        Map<String, String> topicProperties = config.stringPropertyNames().stream()
                .filter(k -> k.startsWith("oeml.topic."))
                .collect(Collectors.toMap(Function.identity(), config::getProperty));
        assertThat(topicProperties).isEqualTo(Arrays.stream(Topic.values())
                .collect(Collectors.toMap(Topic::configKey, Topic::topicName)));
    }

    @Test
    void channelsNameTheirTopicThroughTheTopicProperties() throws IOException {
        List<String> keys = Arrays.stream(Topic.values()).map(t -> "${" + t.configKey() + "}").toList();
        for (String service : SERVICES) {
            Properties config = load(REPOSITORY.resolve(service).resolve("src/main/resources/application.properties"));
            config.stringPropertyNames().stream()
                    .filter(k -> k.startsWith("mp.messaging.") && k.endsWith(".topic"))
                    .forEach(k -> assertThat(config.getProperty(k)).as("%s %s", service, k).isIn(keys));
        }
    }

    @Test
    void kubernetesDeclaresExactlyTheseTopicsWithTheirSettings() throws IOException {
        Map<String, Map<String, String>> declared = new HashMap<>();
        try (Reader yaml = Files.newBufferedReader(REPOSITORY.resolve("deploy/kubernetes/base/kafka-topics.yaml"))) {
            List<JsonNode> documents = new YAMLMapper().readValues(new YAMLMapper().createParser(yaml), JsonNode.class).readAll();
            for (JsonNode doc : documents) {
                if ("KafkaTopic".equals(doc.path("kind").asText())) {
                    assertThat(doc.at("/spec/partitions").asInt()).as("partitions").isEqualTo(Topic.PARTITIONS);
                    Map<String, String> configs = new HashMap<>();
                    doc.at("/spec/config").fields().forEachRemaining(e -> configs.put(e.getKey(), e.getValue().asText()));
                    declared.put(doc.at("/metadata/name").asText(), configs);
                }
            }
        }

        assertThat(declared).isEqualTo(Stream.of(Topic.values())
                .collect(Collectors.toMap(Topic::topicName, Topic::configs)));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
