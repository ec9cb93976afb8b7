package io.oeml.finetune.dataset;

import java.nio.file.Path;

/**
 * Validated data converted for the trainers: one {@code {"messages":[...]}} object per line in each split.
 *
 * @param validation empty file when the split holds nothing out
 */
public record PreparedDataset(Path train, Path validation, ValidationReport report) {
}
