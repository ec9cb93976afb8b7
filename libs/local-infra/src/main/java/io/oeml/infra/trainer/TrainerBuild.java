package io.oeml.infra.trainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.oeml.infra.InfraException;
import io.oeml.infra.ollama.CacheLock;
import io.oeml.infra.ollama.Commands;
import io.oeml.infra.ollama.OemlCache;
import io.oeml.infra.ollama.Progress;
import io.oeml.infra.ollama.PypiDownload;

/**
 * The project's {@code oeml-trainer} (the repository's {@code trainer/}), built with cmake and Ninja against the
 * llama.cpp vendored in the PyPI sdist of llama-cpp-python and kept in
 * {@code <cache>/trainer/<sdist version>-<hash of the trainer sources>/bin/oeml-trainer}. A second call with the same
 * sources finds it there.
 *
 * <p>The sources are copied to one fixed place per llama.cpp version and built in one build directory beside them, so
 * an edit of the trainer recompiles its few files in seconds; only the first build on a machine compiles llama.cpp
 * (about 11 CPU-minutes, 4-6 min on 2 cores). The sources come from the checkout, not from a jar: the caller passes the
 * repository root (the local run its {@code ROOT}, tests the directory found above their working directory).
 */
public final class TrainerBuild {

    /** The llama-cpp-python release whose vendor/llama.cpp the trainer is built against (docs/real-models.md §4). */
    public static final String SDIST_VERSION = "0.3.36";
    private static final String SDIST = "llama-cpp-python";
    private static final String VENDORED = "llama_cpp_python-" + SDIST_VERSION + "/vendor/llama.cpp";
    /** The CPU flags live in trainer/CMakeLists.txt (hashed with the sources); these only pick the build. */
    private static final List<String> CMAKE_OPTIONS = List.of("-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release");

    private TrainerBuild() {
    }

    /** The binary for the trainer sources under {@code repositoryRoot/trainer}, built first if the cache has none. */
    public static Path binary(Path repositoryRoot) {
        Path sources = repositoryRoot.resolve("trainer");
        if (!Files.isRegularFile(sources.resolve("CMakeLists.txt"))) {
            throw new InfraException("no trainer sources at " + sources + " (expected trainer/CMakeLists.txt)");
        }
        Path entry = OemlCache.trainer().resolve(SDIST_VERSION + "-" + sourceHash(sources));
        Path binary = entry.resolve("bin").resolve("oeml-trainer");
        try (CacheLock lock = CacheLock.hold(entry)) {
            if (Files.isExecutable(binary)) {
                return binary;
            }
            Path built = build(sources);
            Files.createDirectories(binary.getParent());
            Path partial = binary.resolveSibling("oeml-trainer.partial");
            Files.copy(built, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(partial, binary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return binary;
        } catch (IOException e) {
            throw new InfraException("could not place the trainer binary in " + binary.getParent(), e);
        }
    }

    /** 12 hex of the sha256 over every source file's path and content: any edit is a different binary. */
    static String sourceHash(Path sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : sourceFiles(sources)) {
                sha.update(sources.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        } catch (IOException e) {
            throw new InfraException("cannot read the trainer sources in " + sources, e);
        }
    }

    /** CMakeLists.txt and src/: what the build reads (README.md is not part of the binary). */
    private static List<Path> sourceFiles(Path sources) throws IOException {
        List<Path> files = new ArrayList<>(List.of(sources.resolve("CMakeLists.txt")));
        try (Stream<Path> src = Files.walk(sources.resolve("src"))) {
            files.addAll(src.filter(Files::isRegularFile).sorted().toList());
        }
        return files;
    }

    private static Path build(Path sources) throws IOException {
        requireTools();
        Path llamaCpp = vendoredLlamaCpp();
        Path work = OemlCache.trainer().resolve("build-" + SDIST_VERSION);
        try (CacheLock lock = CacheLock.hold(work)) {
            Path source = work.resolve("source");
            Path build = work.resolve("build");
            syncSources(sources, source);
            long start = System.nanoTime();
            boolean cold = !Files.exists(build.resolve("CMakeCache.txt"));
            Progress.say("building oeml-trainer against llama.cpp from " + SDIST + " " + SDIST_VERSION
                    + (cold ? ": the first build compiles llama.cpp, about 11 CPU-minutes (4-6 min on 2 cores)"
                            : ": recompiling what changed"));
            if (cold) {
                List<String> configure = new ArrayList<>(List.of("cmake", "-S", source.toString(), "-B", build.toString(),
                        "-DLLAMA_CPP_SOURCE=" + llamaCpp));
                configure.addAll(CMAKE_OPTIONS);
                Commands.run(configure, null, Map.of(), line -> { });
            }
            AtomicInteger lines = new AtomicInteger();
            int jobs = Math.max(1, Runtime.getRuntime().availableProcessors());
            Commands.run(List.of("ninja", "-C", build.toString(), "-j", Integer.toString(jobs), "oeml-trainer"), null,
                    Map.of(), line -> {
                        // Ninja prints "[n/81] Building ..." per file: one line in ten shows it moves.
                        if (lines.incrementAndGet() % 10 == 1) {
                            Progress.say("  build: " + line);
                        }
                    });
            Progress.say("built oeml-trainer in " + Progress.seconds(start));
            return build.resolve("oeml-trainer");
        }
    }

    /**
     * Mirrors the trainer sources into the fixed source directory of the build, writing only files whose content
     * changed (Ninja then recompiles just those) and removing files the checkout no longer has.
     */
    private static void syncSources(Path from, Path to) throws IOException {
        Set<Path> wanted = sourceFiles(from).stream().map(from::relativize).collect(Collectors.toSet());
        for (Path relative : wanted) {
            Path target = to.resolve(relative.toString());
            byte[] content = Files.readAllBytes(from.resolve(relative));
            if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), content)) {
                Files.createDirectories(target.getParent());
                Files.write(target, content);
            }
        }
        if (Files.isDirectory(to.resolve("src"))) {
            try (Stream<Path> existing = Files.walk(to.resolve("src"))) {
                for (Path file : existing.filter(Files::isRegularFile).toList()) {
                    if (!wanted.contains(to.relativize(file))) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    /** vendor/llama.cpp of the sdist (76.6 MB from PyPI), unpacked once next to the trainer cache. */
    private static Path vendoredLlamaCpp() throws IOException {
        Path unpacked = OemlCache.trainer().resolve(SDIST + "-" + SDIST_VERSION);
        Path tree = unpacked.resolve(VENDORED);
        Path done = unpacked.resolve(".unpacked");
        try (CacheLock lock = CacheLock.hold(unpacked)) {
            if (Files.exists(done)) {
                return tree;
            }
            Path sdist = PypiDownload.sdist(SDIST, SDIST_VERSION);
            Files.createDirectories(unpacked);
            Commands.run(List.of("tar", "-xzf", sdist.toString(), "-C", unpacked.toString(), VENDORED), null, Map.of(),
                    line -> { });
            if (!Files.isRegularFile(tree.resolve("include").resolve("llama.h"))) {
                throw new InfraException(sdist + " holds no " + VENDORED + "/include/llama.h");
            }
            Files.createFile(done);
            return tree;
        }
    }

    private static void requireTools() {
        for (List<String> tool : List.of(List.of("cmake", "--version"), List.of("ninja", "--version"),
                List.of("g++", "--version"))) {
            if (Commands.firstLine(tool) == null) {
                throw new InfraException(tool.get(0) + " is needed to build oeml-trainer:"
                        + " apt-get install cmake ninja-build g++ (or set OEML_TRAINER_BINARY to a built one)");
            }
        }
    }
}
