package io.oeml.gateway.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * The identity signing key of one test JVM: an EC P-256 pair, the private half as a PKCS#8 PEM file the gateway reads.
 * (libs/local-infra's IdentityKeys / TestIdentity take this role at merge.)
 */
public final class TestIdentityKey {

    public static final String KEY_ID = "test-identity-key";
    private static TestIdentityKey instance;

    private final KeyPair pair;
    private final Path privateKeyFile;

    private TestIdentityKey(KeyPair pair, Path privateKeyFile) {
        this.pair = pair;
        this.privateKeyFile = privateKeyFile;
    }

    public static synchronized TestIdentityKey get() {
        if (instance == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = generator.generateKeyPair();
                Path file = Files.createTempFile("identity-signing-key", ".pem");
                file.toFile().deleteOnExit();
                Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
                instance = new TestIdentityKey(pair, file);
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException("cannot create the test identity key", e);
            }
        }
        return instance;
    }

    public Map<String, String> config() {
        return Map.of("gateway.identity.signing-key-location", privateKeyFile.toString(), "gateway.identity.key-id", KEY_ID);
    }

    public Path privateKeyFile() {
        return privateKeyFile;
    }

    public PublicKey publicKey() {
        return pair.getPublic();
    }

    /** The claims of an identity token, once its signature, issuer, audience and expiry have been verified. */
    public JwtClaims verify(String token) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setVerificationKey(publicKey())
                .setExpectedIssuer(IdentityTokenClaims.DEFAULT_ISSUER)
                .setExpectedAudience(IdentityTokenClaims.DEFAULT_AUDIENCE)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .build()
                .processToClaims(token);
    }
}
