package io.oeml.infra.kubernetes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.oeml.infra.InfraException;
import io.oeml.infra.ollama.CacheLock;
import io.oeml.infra.ollama.Commands;
import io.oeml.infra.ollama.GoToolchain;
import io.oeml.infra.ollama.OemlCache;
import io.oeml.infra.ollama.Progress;

/**
 * kustomize, built with {@code go install} of a pinned release from the Go module proxy and kept in
 * {@code <cache>/kustomize/<version>/bin/kustomize} (about 1 CPU-minute the first time on a machine, then found there),
 * and the rendering of a Kustomize directory with it, as {@code kubectl apply -k} renders it.
 */
public final class KustomizeBuild {

    /** The newest kustomize whose go.mod the Go of this project's machines (1.26) builds. */
    public static final String VERSION = "v5.7.1";
    private static final String MODULE = "sigs.k8s.io/kustomize/kustomize/v5";

    private KustomizeBuild() {
    }

    /** The binary, built first if the cache has none for this version. */
    public static Path binary() {
        Path dir = OemlCache.kustomize().resolve(VERSION);
        Path binary = dir.resolve("bin").resolve("kustomize");
        try (CacheLock lock = CacheLock.hold(dir)) {
            if (Files.isExecutable(binary)) {
                return binary;
            }
            String go = GoToolchain.command("to build kustomize " + VERSION);
            long start = System.nanoTime();
            Progress.say("building kustomize " + VERSION + " (go install " + MODULE + "@" + VERSION + ")");
            Commands.run(List.of(go, "install", "-trimpath", MODULE + "@" + VERSION), null,
                    Map.of("GOBIN", binary.getParent().toString(), "CGO_ENABLED", "0"), line -> { });
            if (!Files.isExecutable(binary)) {
                throw new InfraException("go install finished but left no binary at " + binary);
            }
            Progress.say("built kustomize " + VERSION + " in " + Progress.seconds(start));
            return binary;
        }
    }

    /** The YAML stream {@code kustomize build directory} writes. */
    public static String render(Path directory) {
        try {
            Path out = Files.createTempFile("oeml-kustomize", ".yaml");
            try {
                Commands.run(List.of(binary().toString(), "build", directory.toString(), "-o", out.toString()), null,
                        Map.of(), line -> { });
                return Files.readString(out);
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new InfraException("could not render " + directory + " with kustomize", e);
        }
    }
}
