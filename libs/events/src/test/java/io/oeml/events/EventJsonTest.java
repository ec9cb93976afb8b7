package io.oeml.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.HostLeft;

class EventJsonTest {

    /**
     * What the services wrote before EventJson: Quarkus' ObjectMapper (its modules, ISO dates) with
     * libs/service-defaults' SNAKE_CASE and non_absent.
     */
    private static final ObjectMapper SERVICE_JSON = JsonMapper.builder()
            .findAndAddModules()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Test
    void everyEventIsWrittenWithTheBytesTheServicesWroteBefore() throws JsonProcessingException {
        for (Map.Entry<String, Object> fixture : EventFixtures.byType().entrySet()) {
            assertThat(EventJson.bytes(fixture.getValue())).as(fixture.getKey())
                    .isEqualTo(SERVICE_JSON.writeValueAsBytes(fixture.getValue()));
        }
    }

    @Test
    void everyEventReadsBackAsTheRecordItWasWrittenFrom() {
        for (Object data : EventFixtures.byType().values()) {
            assertThat(EventJson.read(EventJson.write(data), data.getClass())).isEqualTo(data);
        }
    }

    @Test
    void fieldsALaterProducerAddsAreIgnored() {
        HostLeft left = EventJson.read("{\"host_id\":\"host-1\",\"reason\":\"shutdown\",\"added_later\":1}", HostLeft.class);

        assertThat(left).isEqualTo(new HostLeft("host-1", null, "shutdown"));
    }

    @Test
    void dataThatIsNotJsonOfTheTypeIsUnreadable() {
        assertThatThrownBy(() -> EventJson.read("{\"memory\":", CapacitySnapshot.class))
                .isInstanceOf(UnreadableEventDataException.class)
                .hasMessageStartingWith("data is not a valid CapacitySnapshot: ");
    }
}
