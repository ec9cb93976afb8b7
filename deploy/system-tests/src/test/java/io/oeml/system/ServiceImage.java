package io.oeml.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.path.json.JsonPath;

/**
 * A service's container image as the build wrote it ({@code <module>/target/<module>-<version>-image.tar}, a
 * docker-archive: manifest.json, config.json, gzipped layers), unpacked with this machine's {@code tar}: its tags, its
 * run configuration and the root file system its layers make, in order.
 */
record ServiceImage(List<String> repoTags, String user, List<String> entrypoint, String workingDir, List<String> env,
        List<Integer> exposedPorts, Path rootfs) {

    static Path tarball(String module) {
        return Path.of(System.getProperty("suite.root"), module, "target",
                module + "-" + System.getProperty("suite.version") + "-image.tar");
    }

    /** Unpacks {@code module}'s image into a new directory under {@code parent}. */
    static ServiceImage unpack(String module, Path parent) {
        try {
            Path archive = Files.createDirectories(parent.resolve(module + "-archive"));
            tar("-xf", tarball(module).toString(), "-C", archive.toString());
            JsonPath manifest = JsonPath.from(archive.resolve("manifest.json").toFile());
            JsonPath config = JsonPath.from(archive.resolve(manifest.getString("[0].Config")).toFile());
            Path rootfs = Files.createDirectories(parent.resolve(module + "-rootfs"));
            for (String layer : manifest.<String>getList("[0].Layers")) {
                tar("-xzf", archive.resolve(layer).toString(), "-C", rootfs.toString());
            }
            Map<String, Object> ports = config.getMap("config.ExposedPorts");
            return new ServiceImage(manifest.getList("[0].RepoTags"), config.getString("config.User"),
                    config.getList("config.Entrypoint"), config.getString("config.WorkingDir"), config.getList("config.Env"),
                    ports.keySet().stream().map(port -> Integer.valueOf(port.replace("/tcp", ""))).sorted().toList(), rootfs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path of the image's file system, e.g. {@code /opt/java/bin/java}, in the unpacked root. */
    Path file(String absolute) {
        return rootfs.resolve(absolute.substring(1));
    }

    /** The entrypoint with its program resolved as the image's PATH would (the image's own java), to run here. */
    List<String> entrypointHere() {
        List<String> command = new ArrayList<>(entrypoint);
        if (!command.get(0).startsWith("/")) {
            String path = env.stream().filter(e -> e.startsWith("PATH=")).findFirst().orElse("PATH=/usr/bin").substring(5);
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = file(dir + "/" + command.get(0));
                if (Files.isExecutable(candidate)) {
                    command.set(0, candidate.toString());
                    break;
                }
            }
        }
        return command;
    }

    private static void tar(String... arguments) {
        List<String> command = new ArrayList<>(List.of("tar"));
        command.addAll(List.of(arguments));
        try {
            Process tar = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(tar.getInputStream().readAllBytes());
            if (!tar.waitFor(5, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
