package io.oeml.gateway.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import io.oeml.gateway.RawClient;
import io.restassured.RestAssured;

/**
 * A GET to the gateway under test from a loopback address of the test's choosing (127.0.0.x), so that a test counts
 * the failed logins of its own client address only, whatever other tests of this JVM sent.
 */
record FromAddress(String address) {

    /** The status of {@code GET path} with these header lines ("Name: value"). */
    int get(String path, String... headers) {
        try {
            URL gateway = new URL("http://127.0.0.1:" + RestAssured.port + "/");
            return RawClient.status(RawClient.get(gateway, address, path, headers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
