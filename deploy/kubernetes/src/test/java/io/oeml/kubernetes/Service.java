package io.oeml.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five services of the suite as the Kustomize base runs them, and where their build puts what the checks read. */
enum Service {

    GATEWAY("gateway", "Deployment"),
    LIBRARY("library-service", "Deployment"),
    FINETUNE("finetune-service", "Deployment"),
    OPTIMIZER("optimizer-service", "Deployment"),
    HARDWARE_AGENT("hardware-agent", "DaemonSet");

    /** The repository root, from this module's directory (deploy/kubernetes), where Maven runs its tests. */
    static final Path REPOSITORY = Path.of("../..");

    final String artifactId;
    final String workloadKind;

    Service(String artifactId, String workloadKind) {
        this.artifactId = artifactId;
        this.workloadKind = workloadKind;
    }

    /** What quarkus-kubernetes wrote at this service's build. */
    Path generatedManifest() {
        return REPOSITORY.resolve(artifactId).resolve("target/kubernetes/kubernetes.yml");
    }

    /** The copy the Kustomize base holds. */
    Path committedManifest() {
        return Path.of("base").resolve(artifactId + ".yaml");
    }

    /** The image k8s-images builds for this service. */
    String image() {
        return "oeml/" + artifactId + ":" + System.getProperty("oeml.version");
    }

    Path applicationProperties() {
        return REPOSITORY.resolve(artifactId).resolve("src/main/resources/application.properties");
    }

    /** The suite's own libraries this service was packaged with, each of which may carry config defaults. */
    List<Path> packagedSuiteLibraries() {
        Path lib = REPOSITORY.resolve(artifactId).resolve("target/quarkus-app/lib/main");
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.filter(j -> j.getFileName().toString().startsWith("io.oeml.")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("no packaged application at " + lib + ": build " + artifactId + " first"
                    + " (./mvnw -B -q -o install -pl " + artifactId + " -am -DskipTests)", e);
        }
    }
}
