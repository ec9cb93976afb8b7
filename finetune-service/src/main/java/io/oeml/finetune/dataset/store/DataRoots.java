package io.oeml.finetune.dataset.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.dataset.DatasetException;
import io.oeml.finetune.dataset.DatasetsConfig;

/**
 * The directories a {@code training_data_path} may point into. A path is taken relative to the first root when it is
 * not absolute, normalised, and resolved with links followed ({@link Path#toRealPath}); it must then be a regular
 * file under one of the roots' own real paths. Messages name the roots as configured and repeat only what the caller
 * sent, never where a link led. Blocking (file system calls).
 */
@ApplicationScoped
public class DataRoots {

    public static final String OUTSIDE_ROOTS = "DATA_PATH_OUTSIDE_ROOTS";
    public static final String NOT_FOUND = "DATA_PATH_NOT_FOUND";
    private static final int MAX_ECHO = 200;

    private final List<Path> configured;
    /** The store's own files: read only as {@code dataset:<id>}, where the owner is checked. */
    private final List<Path> storeFiles;

    public DataRoots(DatasetsConfig config) {
        this.configured = config.dataRoots().stream().map(root -> root.toAbsolutePath().normalize()).toList();
        Path store = config.storeDir().toAbsolutePath().normalize();
        this.storeFiles = List.of(store.resolve("blobs"), store.resolve("incoming"));
    }

    public Path resolve(String trainingDataPath) {
        if (trainingDataPath == null || trainingDataPath.isBlank()) {
            throw new DatasetException(NOT_FOUND, 400, "parameter 'training_data_path' is required");
        }
        Path asked;
        try {
            asked = Path.of(trainingDataPath);
        } catch (InvalidPathException e) {
            throw outside(trainingDataPath);
        }
        if (!asked.isAbsolute() && configured.isEmpty()) {
            throw outside(trainingDataPath);
        }
        Path candidate = (asked.isAbsolute() ? asked : configured.get(0).resolve(asked)).normalize();
        if (configured.stream().noneMatch(candidate::startsWith)) {
            throw outside(trainingDataPath);
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            throw new DatasetException(NOT_FOUND, 400, "training_data_path '" + echo(trainingDataPath)
                    + "' does not exist in the data roots " + names());
        }
        if (realRoots(configured).stream().noneMatch(real::startsWith)) {
            throw outside(trainingDataPath);
        }
        if (realRoots(storeFiles).stream().anyMatch(real::startsWith)) {
            throw new DatasetException(OUTSIDE_ROOTS, 400, "training_data_path '" + echo(trainingDataPath)
                    + "' is a file of the dataset store; name a stored dataset as dataset:<id>");
        }
        if (!Files.isRegularFile(real)) {
            throw new DatasetException(NOT_FOUND, 400, "training_data_path '" + echo(trainingDataPath)
                    + "' is not a regular file");
        }
        if (!Files.isReadable(real)) {
            throw new DatasetException(NOT_FOUND, 400, "training_data_path '" + echo(trainingDataPath)
                    + "' is not readable by the service");
        }
        return real;
    }

    /** The roots that exist, with their links followed, so that a root that is itself a link still holds its files. */
    private static List<Path> realRoots(List<Path> roots) {
        List<Path> real = new ArrayList<>(roots.size());
        for (Path root : roots) {
            try {
                real.add(root.toRealPath());
            } catch (IOException e) {
                // a root that does not exist holds nothing
            }
        }
        return real;
    }

    private DatasetException outside(String asked) {
        return new DatasetException(OUTSIDE_ROOTS, 400, "training_data_path '" + echo(asked) + "' is not a file inside"
                + " the data roots " + names() + " (links are followed; upload the file to the dataset store instead)");
    }

    private String names() {
        return configured.stream().map(Path::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String echo(String asked) {
        String printable = asked.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > MAX_ECHO ? printable.substring(0, MAX_ECHO) + "..." : printable;
    }
}
