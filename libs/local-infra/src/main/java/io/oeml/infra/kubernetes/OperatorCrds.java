package io.oeml.infra.kubernetes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.oeml.infra.InfraException;
import io.oeml.infra.ollama.CacheLock;
import io.oeml.infra.ollama.Commands;
import io.oeml.infra.ollama.GoToolchain;
import io.oeml.infra.ollama.OemlCache;

/**
 * CustomResourceDefinitions as an operator's release ships them, taken from its Go module (the Go module proxy serves
 * the repository's files at a tag, CRDs included) and kept in {@code <cache>/crds/<module>@<version>/}, so manifests
 * are validated against the schema the operator's API server will apply.
 */
public final class OperatorCrds {

    /** CloudNativePG, whose {@code Cluster} runs the suite's Postgres. */
    public static final String CLOUDNATIVE_PG = "github.com/cloudnative-pg/cloudnative-pg";
    public static final String CLOUDNATIVE_PG_VERSION = "v1.27.1";
    private static final Pattern DIR = Pattern.compile("\"Dir\":\\s*\"([^\"]+)\"");

    private OperatorCrds() {
    }

    /** The file {@code pathInModule} of {@code module@version}, downloaded with {@code go mod download} if not cached. */
    public static Path file(String module, String version, String pathInModule) {
        Path entry = OemlCache.crds().resolve(module.replace('/', '+') + "@" + version);
        Path cached = entry.resolve(Path.of(pathInModule).getFileName());
        try (CacheLock lock = CacheLock.hold(entry)) {
            if (Files.isRegularFile(cached)) {
                return cached;
            }
            StringBuilder json = new StringBuilder();
            Commands.run(List.of(GoToolchain.command("to download " + module), "mod", "download", "-json",
                    module + "@" + version), null, Map.of("GOFLAGS", "-mod=mod"), json::append);
            Matcher dir = DIR.matcher(json);
            if (!dir.find()) {
                throw new InfraException("go mod download named no directory for " + module + "@" + version + ": " + json);
            }
            Files.createDirectories(entry);
            Files.copy(Path.of(dir.group(1)).resolve(pathInModule), cached);
            return cached;
        } catch (IOException e) {
            throw new InfraException("could not keep " + pathInModule + " of " + module + "@" + version, e);
        }
    }
}
