package io.oeml.ollama.emulator.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Blobs on disk as {@code <dir>/sha256-<hex>}, like Ollama's {@code OLLAMA_MODELS/blobs}. */
public final class BlobStore implements AutoCloseable {

    private final Path dir;
    private final boolean owned;

    public BlobStore(Path dir) {
        try {
            this.owned = dir == null;
            this.dir = dir == null ? Files.createTempDirectory("ollama-emulator-blobs") : Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** @param digest a normalized {@code sha256:<hex>} digest */
    public Path path(String digest) {
        return dir.resolve("sha256-" + digest.substring(7));
    }

    public boolean exists(String digest) {
        return Files.isRegularFile(path(digest));
    }

    public Path partial(String digest) {
        return dir.resolve("sha256-" + digest.substring(7) + "-" + System.nanoTime() + ".partial");
    }

    @Override
    public void close() {
        if (!owned) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp dir
        }
    }
}
