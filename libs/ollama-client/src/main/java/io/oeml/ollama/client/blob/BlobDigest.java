package io.oeml.ollama.client.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Blob digests: {@code sha256:<64 hex>} (Ollama also accepts {@code sha256-}). */
public final class BlobDigest {

    private static final Pattern DIGEST = Pattern.compile("^sha256[:-][0-9a-fA-F]{64}$");

    private BlobDigest() {
    }

    public static boolean valid(String digest) {
        return digest != null && DIGEST.matcher(digest).matches();
    }

    /** {@code sha256-ABC…} → {@code sha256:abc…}; throws for anything else. */
    public static String normalize(String digest) {
        if (!valid(digest)) {
            throw new IllegalArgumentException("not a blob digest (sha256:<64 hex>): " + digest);
        }
        return "sha256:" + digest.substring(7).toLowerCase(Locale.ROOT);
    }

    /** Reads the file once (blocking: call it off the event loop). */
    public static String of(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}
