package io.oeml.finetune.dataset.store;

import java.nio.file.Path;
import java.util.List;

import io.oeml.finetune.dataset.DatasetsConfig;
import io.quarkus.runtime.configuration.MemorySize;

/** The datasets config of a store in {@code storeDir} with these data roots, the other settings at their defaults. */
record RootsConfig(Path storeDir, List<Path> dataRoots) implements DatasetsConfig {

    @Override
    public MemorySize maxUploadSize() {
        return new MemorySize(java.math.BigInteger.valueOf(1024));
    }

    @Override
    public int minExamples() {
        return 10;
    }

    @Override
    public int maxListedIssues() {
        return 1000;
    }

    @Override
    public int duplicateCheckLimit() {
        return 1000;
    }

    @Override
    public MemorySize maxExampleSize() {
        return new MemorySize(java.math.BigInteger.valueOf(1 << 20));
    }

    @Override
    public int defaultContextLength() {
        return 2048;
    }

    @Override
    public double validationSplit() {
        return 0.1;
    }

    @Override
    public long seed() {
        return 42;
    }
}
