package io.oeml.finetune.dataset;

import java.nio.file.Path;
import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where datasets live, where training files may be read from, and the limits of upload and validation. */
@ConfigMapping(prefix = "oeml.finetune-datasets")
public interface DatasetsConfig {

    /** Uploaded datasets: {@code blobs/<sha256>}, and {@code incoming/} while an upload arrives. */
    Path storeDir();

    /** A {@code training_data_path} must resolve, links followed, inside one of these. */
    List<Path> dataRoots();

    /** The largest uploaded file; over it is 413 {@code DATASET_TOO_LARGE}. */
    @WithDefault("256M")
    MemorySize maxUploadSize();

    /** Fewer valid examples than this is an error. */
    @WithDefault("10")
    int minExamples();

    /** Issues listed in a report; every issue is still counted. */
    @WithDefault("1000")
    int maxListedIssues();

    /**
     * Distinct examples the duplicate check remembers (64-bit hashes, at most 16 bytes of heap each); examples past it
     * are not checked, and the report says so.
     */
    @WithDefault("1000000")
    int duplicateCheckLimit();

    /** The longest line, or text example, read; longer is an error (and bounds the heap one example takes). */
    @WithDefault("4M")
    MemorySize maxExampleSize();

    /** The context token lengths are checked against when no base model is named. */
    @WithDefault("2048")
    int defaultContextLength();

    /** Fraction of examples held out for validation by the validation endpoint and uploads. */
    @WithDefault("0.1")
    double validationSplit();

    @WithDefault("42")
    long seed();
}
