package io.oeml.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Kustomize base holds each service's manifest as quarkus-kubernetes generated it from the service's config, so
 * env vars, ports and probes in the cluster are the code's. A config change that is not refreshed here fails.
 */
class GeneratedManifestsTest {

    @ParameterizedTest
    @EnumSource(Service.class)
    void theBaseHoldsWhatTheBuildGenerated(Service service) throws IOException {
        assertThat(Files.exists(service.generatedManifest()))
                .as("%s is missing: build %s first (./mvnw -B -q -o install -pl %s -am -DskipTests)",
                        service.generatedManifest(), service.artifactId, service.artifactId)
                .isTrue();

        assertThat(Files.readString(service.committedManifest()))
                .as("deploy/kubernetes/%s differs from what the build generated (%s/target/kubernetes/kubernetes.yml):"
                        + " refresh it with deploy/kubernetes/refresh-generated.sh and commit it",
                        service.committedManifest(), service.artifactId)
                .isEqualTo(Files.readString(service.generatedManifest()));
    }
}
