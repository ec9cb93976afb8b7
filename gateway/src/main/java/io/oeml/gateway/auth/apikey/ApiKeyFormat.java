package io.oeml.gateway.auth.apikey;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of an API key, {@code oeml_<key id>_<secret>}: a key id of 12 lowercase hex characters (public) and a
 * secret of 32 random bytes, base64url without padding (which may itself contain {@code _}).
 */
public final class ApiKeyFormat {

    public static final String PREFIX = "oeml_";
    private static final Pattern KEY = Pattern.compile("oeml_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
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

    /** The parts of a well-formed key; empty for anything else. */
    public static Optional<Parts> parse(String key) {
        var matcher = KEY.matcher(key);
        return matcher.matches() ? Optional.of(new Parts(matcher.group(1), matcher.group(2))) : Optional.empty();
    }
}
