package io.oeml.agent.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jboss.logging.Logger;

/**
 * The installed models (name and digest) this agent has benchmarked once, kept in a file of the state dir so a restart
 * does not benchmark them again. A model re-created under the same name has a new digest and counts as new.
 */
final class BenchmarkedModels {

    private static final Logger LOG = Logger.getLogger(BenchmarkedModels.class);

    private final Path file;
    private final Set<String> known = new LinkedHashSet<>();

    BenchmarkedModels(Path file) {
        this.file = file;
        try {
            if (Files.isRegularFile(file)) {
                known.addAll(Files.readAllLines(file));
            }
        } catch (IOException e) {
            LOG.warnf("cannot read %s, every installed model counts as new: %s", file, e.getMessage());
        }
    }

    synchronized boolean contains(String model, String digest) {
        return known.contains(key(model, digest));
    }

    synchronized void add(String model, String digest) {
        if (known.add(key(model, digest))) {
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, known);
            } catch (IOException e) {
                LOG.warnf("cannot write %s: %s", file, e.getMessage());
            }
        }
    }

    private static String key(String model, String digest) {
        return model + " " + digest;
    }
}
