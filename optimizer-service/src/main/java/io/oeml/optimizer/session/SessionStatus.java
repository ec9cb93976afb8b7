package io.oeml.optimizer.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a session is in its life: created, running, then one of the four ends. */
public enum SessionStatus {
    CREATED, RUNNING, COMPLETED, CANCELLED, FAILED, TIMED_OUT;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean active() {
        return this == CREATED || this == RUNNING;
    }

    public static Optional<SessionStatus> fromWire(String wire) {
        return Arrays.stream(values()).filter(status -> status.wire().equals(wire)).findFirst();
    }

    /** Stores the wire name, as the table's CHECK constraint lists it. */
    public static class Column implements AttributeConverter<SessionStatus, String> {

        @Override
        public String convertToDatabaseColumn(SessionStatus status) {
            return status == null ? null : status.wire();
        }

        @Override
        public SessionStatus convertToEntityAttribute(String wire) {
            return wire == null ? null : fromWire(wire).orElseThrow(() -> new IllegalStateException("stored status " + wire));
        }
    }
}
