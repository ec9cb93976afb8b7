package io.oeml.infra.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real OpenID Connect issuer for the tests of one JVM: a JDK HTTP server on a free loopback port serving
 * {@code /.well-known/openid-configuration} and a JWKS of RSA keys, and signing real RS256 access tokens for
 * {@link #AUDIENCE}. {@link #rotateKey()} publishes a new key in place of the old one and signs with it from then on.
 * Keycloak's Quarkus distribution would do the same in far more time than CI on 2 cores can spare.
 */
public final class TestOidcIssuer {

    /** The audience of every valid token. */
    public static final String AUDIENCE = "oeml-api";
    /** The claim the tokens carry their roles in (Keycloak's and quarkus-oidc's usual one). */
    public static final String ROLES_CLAIM = "groups";
    private static final String JWKS_PATH = "/jwks";

    private static TestOidcIssuer instance;

    private final HttpServer server;
    private final String issuer;
    private volatile RsaJsonWebKey signingKey;

    private TestOidcIssuer(HttpServer server) {
        this.server = server;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/oeml";
        this.signingKey = newKey();
        server.createContext("/realms/oeml/.well-known/openid-configuration", exchange -> send(exchange, discovery()));
        server.createContext("/realms/oeml" + JWKS_PATH, exchange -> send(exchange,
                new JsonWebKeySet(signingKey).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
        server.start();
    }

    /** The issuer of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized TestOidcIssuer get() {
        if (instance == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                instance = new TestOidcIssuer(server);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            } catch (IOException e) {
                throw new IllegalStateException("test OIDC issuer did not start", e);
            }
        }
        return instance;
    }

    /** The issuer URL: {@code iss} of its tokens, and the base of its discovery document. */
    public String issuer() {
        return issuer;
    }

    /** Quarkus configuration of an application that accepts this issuer's tokens, roles from {@link #ROLES_CLAIM}. */
    public Map<String, String> config() {
        return Map.of(
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.token.audience", AUDIENCE,
                "quarkus.oidc.roles.role-claim-path", ROLES_CLAIM,
                // A token of a key not seen yet makes quarkus-oidc fetch the JWKS again, at once in tests.
                "quarkus.oidc.token.forced-jwk-refresh-interval", "0S");
    }

    /** The environment of a packaged gateway that accepts this issuer's tokens ({@code OIDC_*}, gateway/README.md). */
    public Map<String, String> environment() {
        return Map.of("OIDC_ISSUER_URL", issuer, "OIDC_AUDIENCE", AUDIENCE, "OIDC_ROLES_CLAIM", ROLES_CLAIM);
    }

    /** A valid token for {@code subject} with these roles, valid for 5 minutes. */
    public String token(String subject, String... roles) {
        return sign(claims(issuer, AUDIENCE, subject, roles), signingKey);
    }

    /** A token signed like a valid one whose validity ended 10 minutes ago. */
    public String expiredToken(String subject) {
        JwtClaims claims = claims(issuer, AUDIENCE, subject);
        claims.setIssuedAt(NumericDate.fromMilliseconds(System.currentTimeMillis() - 20 * 60_000L));
        claims.setExpirationTime(NumericDate.fromMilliseconds(System.currentTimeMillis() - 10 * 60_000L));
        return sign(claims, signingKey);
    }

    /** A token signed by this issuer's key for another audience. */
    public String tokenForAudience(String audience, String subject) {
        return sign(claims(issuer, audience, subject), signingKey);
    }

    /** A token signed by this issuer's key that names another issuer. */
    public String tokenFromIssuer(String otherIssuer, String subject) {
        return sign(claims(otherIssuer, AUDIENCE, subject), signingKey);
    }

    /** A token with every valid claim, signed by a key this issuer never published. */
    public String tokenSignedByUnknownKey(String subject) {
        return sign(claims(issuer, AUDIENCE, subject), newKey());
    }

    /** Publishes a new signing key instead of the current one, which is dropped, and signs with it from now on. */
    public void rotateKey() {
        signingKey = newKey();
    }

    private static JwtClaims claims(String issuer, String audience, String subject, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setGeneratedJwtId();
        claims.setStringListClaim(ROLES_CLAIM, List.of(roles));
        return claims;
    }

    private static String sign(JwtClaims claims, RsaJsonWebKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
    }

    private static RsaJsonWebKey newKey() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(UUID.randomUUID().toString());
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException("could not generate an RSA key", e);
        }
    }

    private String discovery() {
        return """
                {"issuer":"%1$s","jwks_uri":"%1$s%2$s","id_token_signing_alg_values_supported":["RS256"],\
                "subject_types_supported":["public"],"response_types_supported":["code"]}""".formatted(issuer, JWKS_PATH);
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
