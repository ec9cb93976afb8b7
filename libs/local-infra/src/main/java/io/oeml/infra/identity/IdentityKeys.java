package io.oeml.infra.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

import io.oeml.infra.InfraException;

/**
 * The gateway's identity signing key and the JWKS the services verify with, in one directory: {@code signing-key.pem}
 * (PKCS#8 PEM, EC P-256, for ES256) and {@code jwks.json} (its public key, {@code kid} = the key's RFC 7638 SHA-256
 * thumbprint). {@link #ensure} generates them once and afterwards keeps and reads the files it finds, so every run of the
 * suite signs and verifies with the same pair. The first key of {@code jwks.json} is the one of {@code signing-key.pem};
 * keys after it (a rotation's old or next key) are verified too and left alone.
 */
public final class IdentityKeys {

    public static final String SIGNING_KEY_FILE = "signing-key.pem";
    public static final String JWKS_FILE = "jwks.json";
    private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_END = "-----END PRIVATE KEY-----";

    private final Path dir;
    private final PrivateKey signingKey;
    private final String keyId;

    private IdentityKeys(Path dir, PrivateKey signingKey, String keyId) {
        this.dir = dir;
        this.signingKey = signingKey;
        this.keyId = keyId;
    }

    /** The pair in {@code dir}: generated and written when either file is missing, read otherwise. */
    public static synchronized IdentityKeys ensure(Path dir) {
        Path pem = dir.resolve(SIGNING_KEY_FILE);
        Path jwks = dir.resolve(JWKS_FILE);
        try {
            if (Files.exists(pem) && Files.exists(jwks)) {
                return new IdentityKeys(dir, readPem(pem), firstKeyId(jwks));
            }
            Files.createDirectories(dir);
            EllipticCurveJsonWebKey jwk = EcJwkGenerator.generateJwk(EllipticCurves.P256);
            jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
            jwk.setAlgorithm("ES256");
            jwk.setUse("sig");
            Files.writeString(jwks, new JsonWebKeySet(jwk).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
            Files.writeString(pem, PEM_BEGIN + "\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(jwk.getPrivateKey().getEncoded())
                    + "\n" + PEM_END + "\n");
            Files.setPosixFilePermissions(pem, PosixFilePermissions.fromString("rw-------"));
            return new IdentityKeys(dir, jwk.getPrivateKey(), jwk.getKeyId());
        } catch (IOException | JoseException | GeneralSecurityException e) {
            throw new InfraException("could not write or read the identity keys in " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path signingKeyFile() {
        return dir.resolve(SIGNING_KEY_FILE);
    }

    public Path jwksFile() {
        return dir.resolve(JWKS_FILE);
    }

    /** The {@code kid} a token signed with {@link #signingKey()} carries. */
    public String keyId() {
        return keyId;
    }

    public PrivateKey signingKey() {
        return signingKey;
    }

    /** The public half, as {@code jwks.json} publishes it. */
    public PublicKey publicKey() {
        try {
            return (PublicKey) new JsonWebKeySet(Files.readString(jwksFile())).getJsonWebKeys().get(0).getKey();
        } catch (IOException | JoseException e) {
            throw new InfraException("could not read the identity public key in " + jwksFile() + ": " + e.getMessage(), e);
        }
    }

    private static PrivateKey readPem(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem).replace(PEM_BEGIN, "").replace(PEM_END, "").replaceAll("\\s", "");
        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
    }

    private static String firstKeyId(Path jwks) throws IOException, JoseException {
        return new JsonWebKeySet(Files.readString(jwks)).getJsonWebKeys().get(0).getKeyId();
    }
}
