package io.oeml.gateway.auth.apikey.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.gateway.auth.apikey.ApiKeyConfig;

/**
 * HMAC-SHA256 of a key's secret under the pepper. The secrets are 32 random bytes, so a fast keyed hash is the right
 * scheme (a slow password hash would only cost time on every request); without the pepper a stolen table is useless.
 */
@ApplicationScoped
public class ApiKeyHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec pepper;
    /**
     * A Mac is not thread-safe, and getting and keying one (a provider lookup) cost more than the hash itself on every
     * request: each thread (an event loop, mostly) keeps one, which {@code doFinal} leaves ready for the next secret.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public ApiKeyHasher(ApiKeyConfig config) {
        this.pepper = new SecretKeySpec(config.apiKeyPepper().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public byte[] hash(String secret) {
        return macs.get().doFinal(secret.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(pepper);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** Whether {@code secret} hashes to {@code stored}, in time independent of where they differ. */
    public boolean matches(String secret, byte[] stored) {
        return MessageDigest.isEqual(hash(secret), stored);
    }
}
