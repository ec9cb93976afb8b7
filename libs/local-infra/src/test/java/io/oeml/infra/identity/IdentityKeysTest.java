package io.oeml.infra.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityKeysTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunKeepsTheKeysItFinds() throws Exception {
        IdentityKeys first = IdentityKeys.ensure(dir);
        String pem = Files.readString(first.signingKeyFile());
        String jwks = Files.readString(first.jwksFile());

        IdentityKeys second = IdentityKeys.ensure(dir);

        assertEquals(first.keyId(), second.keyId());
        assertEquals(pem, Files.readString(second.signingKeyFile()));
        assertEquals(jwks, Files.readString(second.jwksFile()));
        assertEquals(first.signingKey(), second.signingKey());
    }

    @Test
    void theJwksVerifiesWhatTheSigningKeySignsUnderItsKeyId() throws Exception {
        IdentityKeys keys = IdentityKeys.ensure(dir);
        JsonWebSignature signed = new JsonWebSignature();
        signed.setPayload("{}");
        signed.setAlgorithmHeaderValue("ES256");
        signed.setKey(keys.signingKey());

        JsonWebSignature received = new JsonWebSignature();
        received.setCompactSerialization(signed.getCompactSerialization());
        received.setKey(new JsonWebKeySet(Files.readString(keys.jwksFile())).findJsonWebKey(keys.keyId(), "EC", "sig", "ES256").getKey());

        assertTrue(received.verifySignature());
    }

    @Test
    void theJwksHoldsNoPrivatePartAndTheSigningKeyIsTheOwnersOnly() throws Exception {
        IdentityKeys keys = IdentityKeys.ensure(dir);

        assertFalse(Files.readString(keys.jwksFile()).contains("\"d\""));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.signingKeyFile())));
    }
}
