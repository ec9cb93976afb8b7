package io.oeml.finetune.backend.ollama;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code FROM} line of a Modelfile that names a file, when that file is readable here. */
final class ModelfileWeights {

    private ModelfileWeights() {
    }

    static Path readable(String modelfile) {
        if (modelfile == null) {
            return null;
        }
        for (String line : modelfile.split("\n")) {
            String stripped = line.strip();
            if (stripped.regionMatches(true, 0, "FROM ", 0, 5)) {
                String from = stripped.substring(5).strip();
                if (from.startsWith("/")) {
                    Path path = Path.of(from);
                    if (Files.isRegularFile(path) && Files.isReadable(path)) {
                        return path;
                    }
                }
            }
        }
        return null;
    }
}
