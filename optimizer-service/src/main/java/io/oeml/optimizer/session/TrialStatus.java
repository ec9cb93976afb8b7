package io.oeml.optimizer.session;

import java.util.Arrays;
import java.util.Locale;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A stored trial: asked (handed out, not yet measured), completed (told to the strategy), failed (its evaluation
 * failed), or abandoned (asked by a strategy that was lost, in a crash or restart; a new trial replaces it).
 */
public enum TrialStatus {
    ASKED, COMPLETED, FAILED, ABANDONED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Stores the wire name, as the table's CHECK constraint lists it. */
    public static class Column implements AttributeConverter<TrialStatus, String> {

        @Override
        public String convertToDatabaseColumn(TrialStatus status) {
            return status == null ? null : status.wire();
        }

        @Override
        public TrialStatus convertToEntityAttribute(String wire) {
            return wire == null ? null : Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("stored trial status " + wire));
        }
    }
}
