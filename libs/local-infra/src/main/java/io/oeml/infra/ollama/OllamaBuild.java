package io.oeml.infra.ollama;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.oeml.infra.InfraException;

/**
 * The real Ollama binary, built from the Go module proxy with a plain {@code go install} of a pinned release (the
 * recipe of docs/real-ollama.md) and kept in {@code <cache>/ollama/<version>-<flags hash>/bin/ollama}. A second call
 * finds it there; a new clone on a machine with Go's caches filled rebuilds it in seconds (bit-identical), a fresh
 * machine takes about 11 CPU-minutes.
 */
public final class OllamaBuild {

    /** The newest release whose Go module still carries llama.cpp, ggml and its runners (era B). */
    public static final String VERSION = "0.24.0";
    private static final String MODULE = "github.com/ollama/ollama";
    /** AVX2; {@code -march=native} fails to link on VMs that advertise AMX, Go's default flags decode 3x slower. */
    private static final String C_FLAGS = "-O3 -march=x86-64-v3";
    /** Without the version stamp {@code /api/version} answers 0.0.0 and the host's era is misread. */
    private static final String LD_FLAGS = "-w -s -X " + MODULE + "/version.Version=" + VERSION;
    private static final List<String> DEBIAN_HEADERS = List.of("nlohmann-json3-dev", "libstb-dev");
    private static final String MINIAUDIO_VERSION = "1.71";

    private OllamaBuild() {
    }

    /** The binary, built first if the cache has none for this version and these flags. */
    public static Path binary() {
        Path dir = OemlCache.ollama().resolve(cacheKey());
        Path binary = dir.resolve("bin").resolve("ollama");
        try (CacheLock lock = CacheLock.hold(dir)) {
            if (Files.isExecutable(binary)) {
                return binary;
            }
            build(dir.resolve("bin"));
            if (!Files.isExecutable(binary)) {
                throw new InfraException("go install finished but left no binary at " + binary);
            }
            return binary;
        }
    }

    /** {@code <version>-<12 hex of the flags' sha256>}: a change of any flag is a different binary. */
    static String cacheKey() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.join("\n", buildEnv(Path.of("-")).toString(),
                    LD_FLAGS).getBytes(StandardCharsets.UTF_8));
            return VERSION + "-" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * The include directory. Its path is part of cgo's cache key, so it is fixed: the same path on every run lets Go's
     * build cache make a rebuild take seconds.
     */
    static Path includeDir() {
        return OemlCache.ollama().resolve("include");
    }

    private static Map<String, String> buildEnv(Path gobin) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CGO_ENABLED", "1");
        env.put("CGO_CPPFLAGS", "-I" + includeDir());
        env.put("CGO_CFLAGS", C_FLAGS);
        env.put("CGO_CXXFLAGS", C_FLAGS);
        env.put("GOBIN", gobin.toString());
        return env;
    }

    private static void build(Path gobin) {
        String go = GoToolchain.command("to build Ollama " + VERSION + " (its go.mod asks for Go 1.26); or set"
                + " OLLAMA_BASE_URL to an Ollama you run");
        String goVersion = Commands.firstLine(List.of(go, "version")).replace("go version ", "");
        requireCompiler();
        requireDebianHeaders();
        provideMiniaudio();
        long start = System.nanoTime();
        Progress.say("building Ollama " + VERSION + " from the Go module proxy (go install " + MODULE + "@v" + VERSION
                + "): with Go's caches empty this takes about 11 CPU-minutes (6 min idle on 2 cores, 15 min shared);"
                + " with them filled a few seconds");
        List<String> command = new ArrayList<>(List.of(go, "install", "-v", "-trimpath", "-ldflags=" + LD_FLAGS,
                MODULE + "@v" + VERSION));
        AtomicInteger packages = new AtomicInteger();
        Commands.run(command, null, buildEnv(gobin), line -> {
            // -v names each package as it is compiled: one line in ten is enough to show it moves.
            if (!line.startsWith("go: downloading") && packages.incrementAndGet() % 10 == 1) {
                Progress.say("  build: " + packages.get() + " packages so far (" + Progress.seconds(start) + "), " + line);
            }
        });
        Progress.say("built Ollama " + VERSION + " with " + goVersion + " in " + Progress.seconds(start) + ": " + gobin);
    }

    private static void requireCompiler() {
        for (String tool : List.of("gcc", "g++")) {
            if (Commands.firstLine(List.of(tool, "--version")) == null) {
                throw new InfraException(tool + " is needed for Ollama's cgo build: apt-get install build-essential");
            }
        }
    }

    /** The module zip drops every vendor/ folder; Debian packages put those headers on the default include path. */
    private static void requireDebianHeaders() {
        List<String> missing = new ArrayList<>();
        if (!Files.exists(Path.of("/usr/include/nlohmann/json.hpp"))) {
            missing.add(DEBIAN_HEADERS.get(0));
        }
        if (!Files.exists(Path.of("/usr/include/stb/stb_image.h"))) {
            missing.add(DEBIAN_HEADERS.get(1));
        }
        if (missing.isEmpty()) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root || Commands.firstLine(List.of("apt-get", "--version")) == null) {
            throw new InfraException("Ollama's build needs the headers of " + missing + ": run"
                    + " sudo apt-get install -y " + String.join(" ", missing));
        }
        Progress.say("installing " + missing + " (apt-get)");
        List<String> command = new ArrayList<>(List.of("apt-get", "install", "-y", "--no-install-recommends"));
        command.addAll(missing);
        Commands.run(command, null, Map.of("DEBIAN_FRONTEND", "noninteractive"), Progress::say);
    }

    /** miniaudio.h, which no Debian package of this release has, from the sdist of the miniaudio package on PyPI. */
    private static void provideMiniaudio() {
        Path header = includeDir().resolve("miniaudio").resolve("miniaudio.h");
        if (Files.exists(header)) {
            return;
        }
        Path sdist = PypiDownload.sdist("miniaudio", MINIAUDIO_VERSION);
        try {
            Path unpacked = Files.createTempDirectory("oeml-miniaudio");
            String entry = "miniaudio-" + MINIAUDIO_VERSION + "/miniaudio/miniaudio.h";
            Commands.run(List.of("tar", "-xzf", sdist.toString(), "-C", unpacked.toString(), entry), null, Map.of(),
                    line -> { });
            Files.createDirectories(header.getParent());
            Files.move(unpacked.resolve(entry), header);
        } catch (IOException e) {
            throw new InfraException("could not place miniaudio.h in " + header.getParent(), e);
        }
    }
}
