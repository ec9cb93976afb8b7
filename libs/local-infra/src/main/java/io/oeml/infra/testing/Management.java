package io.oeml.infra.testing;

import java.net.URI;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.specification.RequestSpecification;

/** Requests to the management interface of the service under test (health, metrics), which need no credential. */
public final class Management {

    private Management() {
    }

    /** A request without credentials to the management interface, paths relative to its root: {@code get("/health/ready")}. */
    public static RequestSpecification request() {
        URI root = URI.create(TestHTTPResourceManager.getManagementUri());
        return TestIdentity.anonymous().baseUri(root.getScheme() + "://" + root.getHost()).port(root.getPort()).basePath(root.getPath());
    }
}
