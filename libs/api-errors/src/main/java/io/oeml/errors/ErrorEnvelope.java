package io.oeml.errors;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The one error body of every service and the gateway:
 * {@code {"success": false, "error": "...", "error_code": "UPPER_SNAKE", "timestamp": "ISO-8601 UTC"}}.
 * The message is for humans and never carries a stack trace, class name or SQL text.
 */
public record ErrorEnvelope(
        boolean success,
        String error,
        @JsonProperty("error_code") String errorCode,
        Instant timestamp) {

    public static ErrorEnvelope of(String errorCode, String message) {
        return new ErrorEnvelope(false, message, errorCode, Instant.now());
    }
}
