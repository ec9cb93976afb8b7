package io.oeml.infra.ollama;

import java.nio.file.Path;

/**
 * The machine-wide cache of what the real Ollama needs and takes long to make: the built binary, the headers its build
 * needs and the model files. It lives outside any checkout ({@code $XDG_CACHE_HOME/oeml}, else {@code ~/.cache/oeml}),
 * so every clone, test JVM and local run on the machine shares one copy.
 */
public final class OemlCache {

    private OemlCache() {
    }

    public static Path root() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("oeml");
    }

    /** Built Ollama binaries (one directory per version and build flags) and the include directory of the build. */
    public static Path ollama() {
        return root().resolve("ollama");
    }

    /** The built oeml-trainer binaries (one directory per llama.cpp version and trainer sources) and their build. */
    public static Path trainer() {
        return root().resolve("trainer");
    }

    /** The kustomize binary built from the Go module proxy, one directory per version. */
    public static Path kustomize() {
        return root().resolve("kustomize");
    }

    /** CustomResourceDefinitions taken from operators' Go modules, one directory per module and version. */
    public static Path crds() {
        return root().resolve("crds");
    }

    /** Model files fetched from PyPI, checked by sha256. */
    public static Path models() {
        return root().resolve("models");
    }
}
