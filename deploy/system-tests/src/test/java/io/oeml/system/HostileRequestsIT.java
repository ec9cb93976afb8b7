package io.oeml.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.oeml.infra.JavaService;
import io.oeml.infra.testing.TestIdentity;
import io.restassured.path.json.JsonPath;

/**
 * A battery of hostile requests, sent byte for byte to the packaged gateway and to a service port directly. Every
 * answer is the expected status; every error carries the envelope; none is a 5xx (all backends are up), and no body
 * shows a stack trace, a class name or a file path.
 * <p>
 * The one exception is named {@link Hostile#refusedByTheDecoder}: requests that Netty's HTTP decoder or Vert.x' URI
 * check refuse before any application code runs. Quarkus 3.33 offers no hook there (quarkusio/quarkus#55082), so they
 * get the right status with an empty body, or a closed connection (status 0); the test holds them to that status.
 */
class HostileRequestsIT {

    private static final int MIB = 1024 * 1024;
    private static final long OVERSIZED_BODY = 12L * MIB;
    private static final String LONG = "a".repeat(20_000);

    private static JavaService library;
    private static JavaService finetune;
    private static JavaService optimizer;
    private static JavaService gateway;

    /**
     * One hostile request: the bytes of its head, how much body follows, the statuses that are right for it, and
     * whether its error carries the envelope.
     */
    record Hostile(String name, String head, long bodySize, Set<Integer> expected, boolean envelope) {

        static Hostile of(String name, String head, Integer... expected) {
            return new Hostile(name, head, 0, Set.of(expected), true);
        }

        /** Answered by Netty or Vert.x before any handler: a bare status, see the class comment. */
        static Hostile refusedByTheDecoder(String name, String head, Integer... expected) {
            return new Hostile(name, head, 0, Set.of(expected), false);
        }

        static Hostile get(String path, Integer... expected) {
            return of("GET " + path, request("GET", path, ""), expected);
        }

        static Hostile upload(String name, String method, String path, String extraHeaders, Integer... expected) {
            String head = request(method, path, "Content-Type: application/octet-stream\r\nContent-Length: "
                    + OVERSIZED_BODY + "\r\n" + extraHeaders);
            return new Hostile(name, head, OVERSIZED_BODY, Set.of(expected), true);
        }

        @Override
        public String toString() {
            return name.length() > 80 ? name.substring(0, 80) + "..." : name;
        }
    }

    static String request(String method, String target, String extraHeaders) {
        return method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    }

    static Stream<Hostile> battery() {
        String models = "/api/ai/ollama/models";
        return Stream.of(
                Hostile.get("/no/such/path", 404),
                Hostile.get(models + "/library/extra/segments", 404),
                Hostile.of("DELETE on a GET route", request("DELETE", models + "/library", ""), 405),
                Hostile.of("PUT on a GET route", request("PUT", "/api/ai/ollama/hosts", "Content-Length: 0\r\n"), 405),
                Hostile.of("TRACE", request("TRACE", models + "/library", ""), 405),
                Hostile.get("/" + LONG, 414),
                Hostile.get(models + "/search?query=" + LONG, 414),
                Hostile.of("a 64 KiB header", request("GET", models + "/library", "X-Big: " + "b".repeat(64 * 1024) + "\r\n"), 431),
                Hostile.of("2,000 headers", request("GET", models + "/library", "X-Many: 0123456789\r\n".repeat(2_000)), 431),
                Hostile.upload("12 MiB body, Expect: 100-continue, to a GET route", "POST", models + "/search",
                        "Expect: 100-continue\r\n", 413),
                Hostile.upload("12 MiB body streamed to an unknown route", "POST", models + "/no-handler", "", 413),
                Hostile.upload("12 MiB body streamed to fine-tuning", "POST", "/api/ai/ollama/fine-tuning/create", "", 413),
                Hostile.refusedByTheDecoder("conflicting Content-Length", request("POST", models + "/discovery",
                        "Content-Length: 5\r\nContent-Length: 7\r\n"), 400),
                Hostile.refusedByTheDecoder("broken chunked body", request("POST", models + "/discovery",
                        "Transfer-Encoding: chunked\r\n") + "zz\r\nhello\r\n0\r\n\r\n", 0, 400),
                Hostile.get(models + "/../../../etc/passwd", 404),
                Hostile.get(models + "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", 400, 404),
                Hostile.get(models + "/a%2Fb", 400, 404),
                Hostile.get(models + "/llama3.1%00", 400, 404),
                Hostile.get(models + "/%FF%FE", 400, 404),
                Hostile.get(models + "/search?query=%00", 400),
                Hostile.get(models + "/search?query=ab%00cd", 400),
                Hostile.get(models + "/search?query=%FF%FE", 400),
                Hostile.refusedByTheDecoder("malformed percent-encoding", request("GET", models + "/search?query=%ZZ", ""),
                        400),
                Hostile.get(models + "/search?query=" + "x".repeat(3_000), 400),
                Hostile.of("raw invalid UTF-8 in the path", "GET " + models + "/\u00ff\u00fe HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n", 400, 404),
                Hostile.refusedByTheDecoder("CRLF injected into a header", request("GET", models + "/library",
                        "X-Evil: a\r\nInjected-Without-Colon\r\n"), 400),
                Hostile.refusedByTheDecoder("garbage request line", "GARBAGE\r\n\r\n", 400),
                Hostile.refusedByTheDecoder("a URI over 16 times the request-line limit",
                        request("GET", "/" + "u".repeat(100_000), ""), 414),
                Hostile.get(models + "/search?query=llama&category=nonsense", 400),
                Hostile.get(models + "/search?query=llama&min_performance=2", 400),
                Hostile.get(models + "/search?query=llama&max_parameters=abc", 400),
                Hostile.get(models + "/recommendations?task_type=nonsense", 400),
                Hostile.get(models + "/compatibility/no-such-model:1b", 404),
                Hostile.get("/api/ai/ollama/hosts/no-such-host", 404),
                Hostile.get(models + "/search?query=o%27brien", 200),
                Hostile.get(models + "/search?query=c%2B%2B", 200),
                Hostile.get(models + "/search?query=%27%3B%20DROP%20TABLE%20models%3B%20--", 200),
                Hostile.get(models + "/search?query=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 200),
                Hostile.get(models + "/search?query=%22quoted%22", 200));
    }

    static Stream<Arguments> batteryAtEachDoor() {
        List<Hostile> cases = battery().toList();
        return Stream.of("gateway", "library-service")
                .flatMap(door -> cases.stream().map(hostile -> Arguments.of(door, hostile)));
    }

    @BeforeAll
    static void startSuite() {
        SuiteBehindGateway suite = SuiteBehindGateway.start("hostile");
        library = suite.library();
        finetune = suite.finetune();
        optimizer = suite.optimizer();
        gateway = suite.gateway();
    }

    @AfterAll
    static void stopSuite() {
        PackagedSuite.stop(gateway, optimizer, finetune, library);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("batteryAtEachDoor")
    void answersTheRightStatusWithTheEnvelopeAndNoInternals(String door, Hostile hostile) throws IOException {
        int port = java.net.URI.create((door.equals("gateway") ? gateway : library).baseUrl()).getPort();

        RawHttp.Response response = RawHttp.exchange(port, withCredential(door, hostile.head()), hostile.bodySize());

        assertThat(response.status()).as("status of %s (body %s)", hostile, response.body()).isIn(hostile.expected());
        assertThat(response.body()).as("no internals leak")
                .doesNotContain("Exception", "\tat ", ".java", "/work/", "io.oeml", "io.vertx", "io.netty");
        if (response.status() >= 400 && hostile.envelope()) {
            assertEnvelope(response);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servicePorts")
    void aServicePortRefusesAForgedIdentityHeaderWithoutAToken(String service, int port) throws IOException {
        String forged = "X-Oeml-Identity: " + TestIdentity.ADMIN + "\r\nX-User: " + TestIdentity.ADMIN + "\r\n";

        RawHttp.Response response = RawHttp.exchange(port, request("GET", "/api/ai/ollama/models/library", forged), 0);

        assertThat(response.status()).as("status of %s", service).isEqualTo(401);
        assertThat(response.headers().get("WWW-Authenticate")).isEqualTo("Bearer");
        assertEnvelope(response);
        assertThat(new JsonPath(response.body()).getString("error_code")).isEqualTo("UNAUTHENTICATED");
    }

    static Stream<Arguments> servicePorts() {
        return Stream.of(library, finetune, optimizer)
                .map(service -> Arguments.of(service.toString(), java.net.URI.create(service.baseUrl()).getPort()));
    }

    /**
     * The head with a user's credential after the request line (an OIDC access token at the gateway, the gateway's
     * identity token at a service): every door asks for a credential first, and the battery is about what comes after.
     */
    private static String withCredential(String door, String head) {
        String credential = door.equals("gateway") ? PackagedSuite.gatewayCredential() : TestIdentity.userToken();
        int endOfRequestLine = head.indexOf("\r\n");
        return endOfRequestLine < 0 ? head : head.substring(0, endOfRequestLine + 2)
                + "Authorization: Bearer " + credential + "\r\n" + head.substring(endOfRequestLine + 2);
    }

    private static void assertEnvelope(RawHttp.Response response) {
        assertThat(response.headers().get("Content-Type")).as("content type of %s", response).startsWith("application/json");
        JsonPath envelope = new JsonPath(response.body());
        assertThat(envelope.getBoolean("success")).isFalse();
        assertThat(envelope.getString("error")).isNotBlank();
        assertThat(envelope.getString("error_code")).matches("[A-Z][A-Z_]+");
        assertThat(Instant.parse(envelope.getString("timestamp"))).isNotNull();
    }
}
