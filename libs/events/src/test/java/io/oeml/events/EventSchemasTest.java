package io.oeml.events;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a consumer's schema check lets through before it applies an event. */
class EventSchemasTest {

    @Test
    void dataOfItsTypePasses() {
        assertThatCode(() -> EventSchemas.check(EventTypes.CAPACITY_REPORTED, EventJson.write(EventFixtures.snapshot())))
                .doesNotThrowAnyException();
    }

    @Test
    void dataMissingARequiredFieldIsUnreadable() {
        assertThatThrownBy(() -> EventSchemas.check(EventTypes.CAPACITY_REPORTED, EventJson.write(EventFixtures.snapshot(null))))
                .isInstanceOf(UnreadableEventDataException.class)
                .hasMessageContaining("memory");
    }

    @Test
    void dataThatIsNotJsonIsUnreadable() {
        assertThatThrownBy(() -> EventSchemas.check(EventTypes.HOST_LEFT, "{not json"))
                .isInstanceOf(UnreadableEventDataException.class);
    }

    @Test
    void aTypeWithoutASchemaIsInvalid() {
        assertThatThrownBy(() -> EventSchemas.check("io.oeml.no.such.type", "{}"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("io.oeml.no.such.type");
    }
}
