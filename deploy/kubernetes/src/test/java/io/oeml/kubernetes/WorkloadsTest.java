package io.oeml.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * Each service's workload in each rendered overlay runs the image the build makes, with the settings its code reads,
 * probes the kubelet can reach, and no privileges.
 */
class WorkloadsTest {

    /** Made by the operator before applying (README "Configure"), so never part of the rendered manifests. */
    private static final Set<String> OPERATOR_MADE_CONFIG_MAPS = Set.of("oeml-identity-jwks");

    static Stream<Arguments> workloads() {
        return Stream.of(Overlay.values())
                .flatMap(overlay -> Stream.of(Service.values()).map(service -> Arguments.of(overlay, service)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void runsTheImageTheBuildMakes(Overlay overlay, Service service) {
        assertThat(container(overlay, service).getImage()).isEqualTo(service.image());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void probesAskSmallRyeHealthOnTheManagementPort(Overlay overlay, Service service) {
        Container container = container(overlay, service);
        int management = ServiceConfig.of(service).managementPort();

        assertProbe(container, container.getStartupProbe(), "/q/health/started", management);
        assertProbe(container, container.getReadinessProbe(), "/q/health/ready", management);
        assertProbe(container, container.getLivenessProbe(), "/q/health/live", management);
        assertThat(env(overlay, container)).as("MANAGEMENT_PORT would move the port the probes ask")
                .doesNotContainKey("MANAGEMENT_PORT");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void everyVariableTheServiceNeedsIsSet(Overlay overlay, Service service) {
        Set<String> set = env(overlay, container(overlay, service)).keySet();

        List<String> missing = ServiceConfig.of(service).envReferences().stream()
                .filter(r -> r.defaultValue().isEmpty() && !set.contains(r.name()))
                .map(r -> r.name() + " (" + r.configKey() + ")")
                .distinct().toList();

        assertThat(missing).as("read without a default, so the service cannot start without them").isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void noVariableKeepsADefaultThatPointsAtTheLocalMachine(Overlay overlay, Service service) {
        Set<String> set = env(overlay, container(overlay, service)).keySet();

        List<String> local = ServiceConfig.of(service).envReferences().stream()
                .filter(r -> r.defaultsToLoopback() && !set.contains(r.name()))
                .map(r -> r.name() + "=" + r.defaultValue().orElseThrow())
                .distinct().toList();

        assertThat(local).as("defaults of the local run, wrong in a pod").isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void referencedConfigMapsAndKeysExist(Overlay overlay, Service service) {
        Manifests manifests = overlay.manifests();
        Container container = container(overlay, service);
        List<String> dangling = new ArrayList<>();
        for (EnvVar var : nullSafe(container.getEnv())) {
            if (var.getValueFrom() != null && var.getValueFrom().getConfigMapKeyRef() != null) {
                String name = var.getValueFrom().getConfigMapKeyRef().getName();
                String key = var.getValueFrom().getConfigMapKeyRef().getKey();
                if (!configMapData(manifests, name).containsKey(key)) {
                    dangling.add(var.getName() + " -> " + name + "/" + key);
                }
            }
        }
        for (EnvFromSource from : nullSafe(container.getEnvFrom())) {
            if (from.getConfigMapRef() != null) {
                configMapData(manifests, from.getConfigMapRef().getName());
            }
        }
        for (Volume volume : nullSafe(pod(overlay, service).getVolumes())) {
            if (volume.getConfigMap() != null && !OPERATOR_MADE_CONFIG_MAPS.contains(volume.getConfigMap().getName())) {
                configMapData(manifests, volume.getConfigMap().getName());
            }
        }
        assertThat(dangling).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void secretsAreReferencedAndEachIsExplainedToTheOperator(Overlay overlay, Service service) throws IOException {
        String guide = Files.readString(Path.of("README.md"));
        List<String> references = new ArrayList<>();
        for (EnvVar var : nullSafe(container(overlay, service).getEnv())) {
            if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                references.add(var.getValueFrom().getSecretKeyRef().getName());
                references.add(var.getValueFrom().getSecretKeyRef().getKey());
            }
        }
        for (Volume volume : nullSafe(pod(overlay, service).getVolumes())) {
            if (volume.getSecret() != null) {
                references.add(volume.getSecret().getSecretName());
            }
        }

        assertThat(overlay.manifests().all(Secret.class)).as("no secret value in the manifests").isEmpty();
        assertThat(references).allSatisfy(name -> assertThat(guide).as("README names `%s`", name)
                .contains("`" + name + "`"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void runsAsNonRootWithAReadOnlyRootAndNoCapabilities(Overlay overlay, Service service) {
        PodSpec pod = pod(overlay, service);
        Container container = container(overlay, service);

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getVolumeMounts()).as("a writable /tmp").anySatisfy(m -> {
            assertThat(m.getMountPath()).isEqualTo("/tmp");
            assertThat(m.getReadOnly()).isNotEqualTo(Boolean.TRUE);
        });
    }

    private static void assertProbe(Container container, Probe probe, String path, int managementPort) {
        assertThat(probe).as("%s probe of %s", path, container.getName()).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(portNumber(container, probe.getHttpGet().getPort())).as("port of %s", path)
                .isEqualTo(managementPort);
        assertThat(container.getPorts()).as("the container declares the management port")
                .extracting(ContainerPort::getContainerPort).contains(managementPort);
    }

    private static int portNumber(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }

    /** The variables the container gets: its own env and every key of the ConfigMaps it takes whole. */
    private static Map<String, String> env(Overlay overlay, Container container) {
        Map<String, String> env = new HashMap<>();
        for (EnvFromSource from : nullSafe(container.getEnvFrom())) {
            if (from.getConfigMapRef() != null) {
                env.putAll(configMapData(overlay.manifests(), from.getConfigMapRef().getName()));
            }
        }
        for (EnvVar var : nullSafe(container.getEnv())) {
            env.put(var.getName(), var.getValue());
        }
        return env;
    }

    private static Map<String, String> configMapData(Manifests manifests, String name) {
        Map<String, String> data = manifests.named(ConfigMap.class, name).getData();
        return data == null ? Map.of() : data;
    }

    private static PodSpec pod(Overlay overlay, Service service) {
        return overlay.manifests().podTemplate(service).getSpec();
    }

    private static Container container(Overlay overlay, Service service) {
        List<Container> containers = pod(overlay, service).getContainers();
        assertThat(containers).extracting(Container::getName).containsExactly(service.artifactId);
        return containers.get(0);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
