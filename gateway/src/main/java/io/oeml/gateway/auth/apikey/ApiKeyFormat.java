package io.oeml.gateway.auth.apikey;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The shape of an API key, {@code oeml_<key id>_<secret>}: a key id of 12 lowercase hex characters (public) and a
 * secret of 32 random bytes, base64url without padding (which may itself contain {@code _}).
 */
public final class ApiKeyFormat {

    public static final String PREFIX = "oeml_";
    private static final int ID_LENGTH = 12;
    /** 32 bytes in base64url without padding. */
    private static final int SECRET_LENGTH = 43;
    private static final int ID_END = PREFIX.length() + ID_LENGTH;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key's two parts. */
    public record Parts(String keyId, String secret) {

        public String key() {
            return PREFIX + keyId + "_" + secret;
        }
    }

    private ApiKeyFormat() {
    }

    public static Parts generate() {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new Parts(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /**
     * The parts of a well-formed key; empty for anything else. Checked character by character rather than with a
     * regular expression: every proxied request parses its key, and the expression cost more than the key's HMAC.
     */
    public static Optional<Parts> parse(String key) {
        boolean wellFormed = key.length() == ID_END + 1 + SECRET_LENGTH && key.startsWith(PREFIX)
                && key.charAt(ID_END) == '_' && all(key, PREFIX.length(), ID_END, ApiKeyFormat::isLowerHex)
                && all(key, ID_END + 1, key.length(), ApiKeyFormat::isBase64Url);
        return wellFormed
                ? Optional.of(new Parts(key.substring(PREFIX.length(), ID_END), key.substring(ID_END + 1)))
                : Optional.empty();
    }

    private static boolean all(String text, int from, int to, IntPredicate allowed) {
        for (int i = from; i < to; i++) {
            if (!allowed.test(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
