package io.oeml.finetune.dataset.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.finetune.dataset.DatasetException;
import io.oeml.finetune.dataset.DatasetsConfig;
import io.quarkus.runtime.Startup;

/**
 * The store's files, one per content: {@code <store-dir>/blobs/<sha256>}. Uploads arrive in {@code incoming/} (Quarkus
 * writes multipart file parts there as they come in, never in memory), are hashed, and move into {@code blobs/} once
 * their row is committed.
 * Blocking: call off the event loop.
 */
@ApplicationScoped
public class BlobFiles {

    public static final String TOO_LARGE = "DATASET_TOO_LARGE";
    private static final Logger LOG = Logger.getLogger(BlobFiles.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path blobs;
    private final long maxBytes;

    public BlobFiles(DatasetsConfig config) {
        this.blobs = config.storeDir().resolve("blobs").toAbsolutePath().normalize();
        this.maxBytes = config.maxUploadSize().asLongValue();
    }

    @Startup
    void createDirectories() throws IOException {
        Files.createDirectories(blobs);
    }

    /** An upload and its content hash; {@link #upload} still lies in {@code incoming/}. */
    public record Blob(String sha256, long bytes, Path upload) {
    }

    /**
     * Hashes {@code uploaded} in one streaming read, leaving it where it is: {@link #settle} stores it once its row
     * is committed. An upload over {@code max-upload-size} is removed and refused.
     */
    public Blob hash(Path uploaded) {
        try {
            long size = Files.size(uploaded);
            if (size > maxBytes) {
                Files.deleteIfExists(uploaded);
                throw tooLarge(size);
            }
            MessageDigest digest = sha256();
            long read;
            try (InputStream in = new DigestInputStream(Files.newInputStream(uploaded), digest)) {
                read = in.transferTo(OutputStream.nullOutputStream());
            }
            return new Blob(HexFormat.of().formatHex(digest.digest()), read, uploaded);
        } catch (IOException e) {
            deleteQuietly(uploaded);
            throw new UncheckedIOException("cannot read the upload", e);
        }
    }

    /**
     * Keeps the upload's bytes once: moved into {@code blobs/} unless the file is there, else removed. Called after the
     * row naming it is committed, so a concurrent delete of the last other row cannot leave the row without its file.
     */
    public Path settle(Blob blob) {
        Path target = pathOf(blob.sha256());
        try {
            if (Files.exists(target)) {
                Files.deleteIfExists(blob.upload());
            } else {
                move(blob.upload(), target);
            }
            return target;
        } catch (IOException e) {
            deleteQuietly(blob.upload());
            throw new UncheckedIOException("cannot store the upload", e);
        }
    }

    public Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        return blobs.resolve(sha256);
    }

    public void delete(String sha256) {
        deleteQuietly(pathOf(sha256));
    }

    /** Removes a file that is no longer wanted; one that cannot be removed is logged, not fatal. */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("cannot remove %s: %s", file, e.toString());
        }
    }

    public DatasetException tooLarge(long size) {
        return new DatasetException(TOO_LARGE, 413, "the dataset of " + size + " bytes is over the upload limit of "
                + maxBytes + " bytes");
    }

    /** A rename within the store's file system; a copy and a rename when the upload lies on another one. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Path partial = to.resolveSibling(to.getFileName() + ".partial");
            Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(from);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
