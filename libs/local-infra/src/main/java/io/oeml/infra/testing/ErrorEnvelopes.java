package io.oeml.infra.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;

/** Checks that an answer is the suite's error envelope with a given status and code. */
public final class ErrorEnvelopes {

    private ErrorEnvelopes() {
    }

    public static ValidatableResponse assertEnvelope(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType("application/json")
                .body("success", equalTo(false))
                .body("error_code", equalTo(code))
                .body("timestamp", notNullValue());
    }
}
