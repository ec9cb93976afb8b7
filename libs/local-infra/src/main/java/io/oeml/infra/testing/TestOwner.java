package io.oeml.infra.testing;

import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * One test's caller: an owner of its own with the user role, so the per-owner limits and lists of one test never
 * count another's jobs, sessions or datasets.
 */
public record TestOwner(String name) {

    public static TestOwner fresh() {
        return new TestOwner("owner-" + UUID.randomUUID());
    }

    public String token() {
        return TestIdentity.token(name, "user");
    }

    /** A request with this owner's bearer token. */
    public RequestSpecification request() {
        return RestAssured.given().auth().oauth2(token());
    }
}
