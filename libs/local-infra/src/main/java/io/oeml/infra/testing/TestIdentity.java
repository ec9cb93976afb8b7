package io.oeml.infra.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import io.oeml.identity.claims.IdentityClaims;
import io.oeml.infra.InfraException;
import io.oeml.infra.identity.IdentityKeys;
import io.oeml.infra.identity.IdentityTokenSigner;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Identity tokens as the gateway signs them, for service tests: one key pair per test JVM in a temp directory, whose
 * JWKS {@link #config()} hands to the service under test (through {@link RealInfraResource} or
 * {@link IdentityResource}). Besides valid tokens it mints the ones a service must refuse: expired, signed by a key
 * the JWKS does not hold, or from another issuer.
 */
public final class TestIdentity {

    /** The owner of {@link #userToken()}. */
    public static final String USER = "alice";
    /** The owner of {@link #adminToken()}. */
    public static final String ADMIN = "root";

    private static final Holder KEYS = new Holder();

    private TestIdentity() {
    }

    /** The Quarkus config a service test needs to verify these tokens. */
    public static Map<String, String> config() {
        return Map.of("mp.jwt.verify.publickey.location", KEYS.trusted.jwksFile().toString());
    }

    /**
     * The environment of a packaged service that verifies these tokens ({@code IDENTITY_JWKS}), and of a gateway that
     * signs with the same key ({@code IDENTITY_SIGNING_KEY}, {@code IDENTITY_KEY_ID}).
     */
    public static Map<String, String> environment() {
        return Map.of("IDENTITY_JWKS", KEYS.trusted.jwksFile().toString(),
                "IDENTITY_SIGNING_KEY", KEYS.trusted.signingKeyFile().toString(),
                "IDENTITY_KEY_ID", KEYS.trusted.keyId());
    }

    /** The config of a gateway under test that signs with the key the services trust. */
    public static Map<String, String> gatewayConfig() {
        return Map.of("gateway.identity.signing-key-location", signingKeyFile().toString(),
                "gateway.identity.key-id", keyId());
    }

    /** The PKCS#8 PEM file of the trusted signing key. */
    public static Path signingKeyFile() {
        return KEYS.trusted.signingKeyFile();
    }

    /** The {@code kid} of the trusted key. */
    public static String keyId() {
        return KEYS.trusted.keyId();
    }

    /** The claims of {@code token} once its signature (trusted key), issuer, audience and expiry are verified. */
    public static JwtClaims verify(String token) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setVerificationKey(KEYS.trusted.publicKey())
                .setExpectedIssuer(IdentityClaims.DEFAULT_ISSUER)
                .setExpectedAudience(IdentityClaims.AUDIENCE)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .build()
                .processToClaims(token);
    }

    /** A valid token of {@code owner} with {@code roles}, as an API key caller. */
    public static String token(String owner, String... roles) {
        return sign(KEYS.trusted, IdentityClaims.DEFAULT_ISSUER, owner, roles, Instant.now());
    }

    public static String userToken() {
        return token(USER, IdentityClaims.ROLE_USER);
    }

    public static String adminToken() {
        return token(ADMIN, IdentityClaims.ROLE_ADMIN);
    }

    /** A request as {@link #USER} (what every request of a {@code @QuarkusTest} is unless it says otherwise). */
    public static RequestSpecification asUser() {
        return RestAssured.given().auth().oauth2(userToken());
    }

    /** A request as {@link #ADMIN}, for the routes that change shared state. */
    public static RequestSpecification asAdmin() {
        return RestAssured.given().auth().oauth2(adminToken());
    }

    /** A request without any credential (without the user token every other request carries). */
    public static RequestSpecification anonymous() {
        return RestAssured.given().noFilters();
    }

    /** A token that expired a minute ago (issued a token lifetime and a minute ago). */
    public static String expiredToken(String owner, String... roles) {
        return sign(KEYS.trusted, IdentityClaims.DEFAULT_ISSUER, owner, roles,
                Instant.now().minus(IdentityClaims.DEFAULT_LIFETIME).minus(Duration.ofMinutes(1)));
    }

    /** A token signed by a key that is not in the service's JWKS (with the same kind of key and claims). */
    public static String unknownKeyToken(String owner, String... roles) {
        return sign(KEYS.stranger, IdentityClaims.DEFAULT_ISSUER, owner, roles, Instant.now());
    }

    /** A token signed with the trusted key but naming another issuer. */
    public static String wrongIssuerToken(String owner, String... roles) {
        return sign(KEYS.trusted, "someone-else", owner, roles, Instant.now());
    }

    private static String sign(IdentityKeys keys, String issuer, String owner, String[] roles, Instant issuedAt) {
        return IdentityTokenSigner.sign(keys, issuer, owner, List.of(roles), issuedAt, IdentityClaims.DEFAULT_LIFETIME);
    }

    /** The pairs of this JVM, made on first use and deleted when the JVM exits. */
    private static final class Holder {

        private final IdentityKeys trusted;
        private final IdentityKeys stranger;

        Holder() {
            try {
                Path dir = Files.createTempDirectory("oeml-test-identity");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> TempDirs.deleteRecursively(dir), "test-identity-cleanup"));
                trusted = IdentityKeys.ensure(dir.resolve("trusted"));
                stranger = IdentityKeys.ensure(dir.resolve("stranger"));
            } catch (IOException e) {
                throw new InfraException("no temp directory for the test identity keys", e);
            }
        }
    }
}
