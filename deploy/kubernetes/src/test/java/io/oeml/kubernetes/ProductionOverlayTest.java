package io.oeml.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** What production adds to the base: replicas spread over nodes, disruption budgets, the Ingress, GPU access. */
class ProductionOverlayTest {

    private final Manifests production = Overlay.PRODUCTION.manifests();

    @ParameterizedTest
    @EnumSource(value = Service.class, names = "HARDWARE_AGENT", mode = EnumSource.Mode.EXCLUDE)
    void eachServiceRunsTwoReplicasPreferablyOnDifferentNodes(Service service) {
        Deployment deployment = production.named(Deployment.class, service.artifactId);

        assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(deployment.getSpec().getTemplate().getSpec().getAffinity().getPodAntiAffinity()
                .getPreferredDuringSchedulingIgnoredDuringExecution())
                .anySatisfy(term -> {
                    assertThat(term.getPodAffinityTerm().getTopologyKey()).isEqualTo("kubernetes.io/hostname");
                    assertThat(term.getPodAffinityTerm().getLabelSelector().getMatchLabels())
                            .isEqualTo(Map.of("app.kubernetes.io/name", service.artifactId));
                });
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = "HARDWARE_AGENT", mode = EnumSource.Mode.EXCLUDE)
    void aDrainEvictsAtMostOneReplicaOfEachService(Service service) {
        Map<String, String> podLabels = production.podTemplate(service).getMetadata().getLabels();

        List<PodDisruptionBudget> budgets = production.all(PodDisruptionBudget.class).stream()
                .filter(b -> podLabels.entrySet().containsAll(b.getSpec().getSelector().getMatchLabels().entrySet()))
                .toList();

        assertThat(budgets).singleElement().satisfies(b -> assertThat(b.getSpec().getMinAvailable().getIntVal())
                .isEqualTo(1));
    }

    @Test
    void theIngressRoutesEverythingToTheGatewaysServicePort() {
        io.fabric8.kubernetes.api.model.Service gateway = production.named(io.fabric8.kubernetes.api.model.Service.class,
                "gateway");
        IngressBackend backend = production.named(Ingress.class, "gateway").getSpec().getRules().get(0).getHttp()
                .getPaths().get(0).getBackend();

        assertThat(backend.getService().getName()).isEqualTo("gateway");
        assertThat(gateway.getSpec().getPorts()).anySatisfy(p -> assertThat(p.getName())
                .isEqualTo(backend.getService().getPort().getName()));
    }

    @Test
    void theAgentReadsTheGpusThroughTheNvidiaRuntimeOnOllamaNodesOnly() {
        DaemonSet agent = production.named(DaemonSet.class, Service.HARDWARE_AGENT.artifactId);

        assertThat(agent.getSpec().getTemplate().getSpec().getRuntimeClassName()).isEqualTo("nvidia");
        assertThat(agent.getSpec().getTemplate().getSpec().getNodeSelector())
                .containsEntry("oeml.io/ollama-node", "true");
        assertThat(agent.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits())
                .as("it reads the GPUs and must not take them from Ollama").doesNotContainKey("nvidia.com/gpu");
    }
}
