package io.oeml.ollama.emulator.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** sha256 helpers and the digest syntax Ollama accepts: {@code ^sha256[:-][0-9a-fA-F]{64}$}. */
public final class Digests {

    private static final Pattern DIGEST = Pattern.compile("^sha256[:-][0-9a-fA-F]{64}$");

    private Digests() {
    }

    public static boolean valid(String digest) {
        return digest != null && DIGEST.matcher(digest).matches();
    }

    /** {@code sha256-ABC…} or {@code sha256:ABC…} → {@code sha256:abc…}. */
    public static String normalize(String digest) {
        return "sha256:" + digest.substring(7).toLowerCase(java.util.Locale.ROOT);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static String sha256Hex(String text) {
        return hex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static String of(String text) {
        return "sha256:" + sha256Hex(text);
    }
}
