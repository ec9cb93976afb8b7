package io.oeml.kubernetes;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The parse every overlay goes through rejects what an API server would reject or silently drop. */
class ManifestsTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: %s
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                    - name: web
                      image: web:1
                      %s: {httpGet: {path: /q/health/ready, port: 9000}}
            """;
    private static final String CLUSTER = """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: {name: db}
            spec:
              %s: 1
              storage: {size: 1Gi}
            """;

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyOverlayRendersIntoCheckedObjects(Overlay overlay) {
        assertThatCode(overlay::manifests).doesNotThrowAnyException();
    }

    @Test
    void aWellFormedDeploymentParses() {
        assertThatCode(() -> Manifests.parse(DEPLOYMENT.formatted("2", "readinessProbe"))).doesNotThrowAnyException();
    }

    @Test
    void aFieldTheModelDoesNotKnowIsRejected() {
        assertThatThrownBy(() -> Manifests.parse(DEPLOYMENT.formatted("2", "readinesProbe")))
                .hasMessageContaining("unknown field").hasMessageContaining("readinesProbe");
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() {
        assertThatThrownBy(() -> Manifests.parse(DEPLOYMENT.formatted("two", "readinessProbe")))
                .hasMessageContaining("Deployment web");
    }

    @Test
    void aClusterWithAFieldItsCrdDoesNotKnowIsRejected() {
        assertThatCode(() -> Manifests.parse(CLUSTER.formatted("instances"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> Manifests.parse(CLUSTER.formatted("instance")))
                .hasMessageContaining("Cluster db").hasMessageContaining("instance");
    }

    @Test
    void aKindWithoutASchemaIsRejected() {
        assertThatThrownBy(() -> Manifests.parse("apiVersion: example.io/v1\nkind: Widget\nmetadata: {name: w}\n"))
                .hasMessageContaining("no schema");
    }
}
