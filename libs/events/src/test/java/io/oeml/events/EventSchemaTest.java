package io.oeml.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.oeml.events.fleet.HostDiscovered;

/** The data of every event type the suite emits, as {@link EventJson} writes it, conforms to the type's JSON Schema. */
class EventSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    void everyEventTypeHasASchemaAndAFixture() throws IllegalAccessException {
        for (String type : eventTypes()) {
            assertThat(EventSchemaTest.class.getResource(schemaPath(type))).as("schema of %s", type).isNotNull();
            assertThat(EventFixtures.byType()).as("fixtures").containsKey(type);
        }
    }

    @Test
    void everyEventTypesDataConformsToItsSchema() throws IllegalAccessException {
        for (String type : eventTypes()) {
            assertThat(errors(type, EventFixtures.byType().get(type))).as("errors of %s", type).isEmpty();
        }
    }

    @Test
    void dataWithoutARequiredFieldFailsItsSchema() {
        HostDiscovered withoutHost = new HostDiscovered(null, "gpu-box", EventFixtures.AT, null);

        assertThat(errors(EventTypes.HOST_DISCOVERED, withoutHost))
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("host_id"));
    }

    @Test
    void aSnapshotWithoutMemoryFailsItsSchema() {
        assertThat(errors(EventTypes.CAPACITY_REPORTED, EventFixtures.snapshot(null)))
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("memory"));
    }

    @Test
    void aFailedBenchmarkMustSayWhy() {
        assertThat(errors(EventTypes.BENCHMARK_REPORTED, EventFixtures.failed(null)))
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("error"));
    }

    @Test
    void aFailedBenchmarkWithItsReasonConformsToItsSchema() {
        assertThat(errors(EventTypes.BENCHMARK_REPORTED, EventFixtures.failed("model 'missing' not found"))).isEmpty();
    }

    private static Set<ValidationMessage> errors(String type, Object data) {
        // Loaded by location: the schemas' relative $id (the type) resolves against it.
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:" + schemaPath(type).substring(1)));
        try {
            return schema.validate(JSON.readTree(EventJson.write(data)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot validate " + type, e);
        }
    }

    private static String schemaPath(String type) {
        return "/schemas/" + type + ".json";
    }

    /** The values of EventTypes' constants, so that a new type without a schema or a fixture fails here. */
    private static List<String> eventTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Field f : EventTypes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                types.add((String) f.get(null));
            }
        }
        assertThat(types).isNotEmpty();
        return types;
    }
}
