package io.oeml.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.strimzi.api.kafka.model.kafka.Kafka;

/**
 * Who may connect to whom, read from the rendered policies: only the gateway's API port is open to all, a service's
 * API port only to the gateway, Postgres and Kafka only to the suite's pods.
 */
class NetworkPoliciesTest {

    private static final Map<String, String> SUITE = Map.of("app.kubernetes.io/part-of", "oeml");
    private static final Map<String, String> GATEWAY = Map.of("app.kubernetes.io/name", "gateway");

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void onlyTheGatewaysApiPortIsOpenToEveryone(Overlay overlay) {
        for (Service service : Service.values()) {
            List<NetworkPolicyIngressRule> rules = rulesFor(overlay, service);
            List<NetworkPolicyIngressRule> open = rules.stream()
                    .filter(r -> r.getFrom() == null || r.getFrom().isEmpty()).toList();
            if (service == Service.GATEWAY) {
                assertThat(open).singleElement().satisfies(r -> assertThat(r.getPorts())
                        .extracting(p -> p.getPort().getIntVal()).containsExactly(apiPort(overlay, service)));
            } else {
                assertThat(open).as("%s open to everyone", service.artifactId).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"LIBRARY", "FINETUNE", "OPTIMIZER"})
    void aServicesApiPortIsReachedFromTheGatewayOnly(Service service) {
        Overlay overlay = Overlay.PRODUCTION;
        int api = apiPort(overlay, service);

        List<NetworkPolicyPeer> peers = rulesFor(overlay, service).stream()
                .filter(r -> r.getPorts() == null || r.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == api))
                .flatMap(r -> r.getFrom().stream()).toList();

        assertThat(peers).isNotEmpty().allSatisfy(peer -> {
            assertThat(peer.getNamespaceSelector()).isNull();
            assertThat(peer.getIpBlock()).isNull();
            assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(GATEWAY);
        });
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void postgresIsReachedFromTheSuitesPodsItsInstancesAndItsOperatorOnly(Overlay overlay) {
        Map<String, String> instance = Map.of("cnpg.io/cluster", overlay.manifests()
                .named(GenericKubernetesResource.class, "oeml-db").getMetadata().getName());

        List<NetworkPolicyPeer> peers = rules(overlay, instance).stream().flatMap(r -> r.getFrom().stream()).toList();

        assertThat(peers).isNotEmpty().allSatisfy(peer -> assertThat(peer.getPodSelector() != null
                ? peer.getPodSelector().getMatchLabels()
                : peer.getNamespaceSelector().getMatchLabels())
                .isIn(SUITE, instance, Map.of("kubernetes.io/metadata.name", "cnpg-system")));
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void kafkasListenerIsReachedFromTheSuitesPodsOnly(Overlay overlay) {
        Kafka kafka = overlay.manifests().named(Kafka.class, "oeml");

        assertThat(kafka.getSpec().getKafka().getListeners()).allSatisfy(listener ->
                assertThat(listener.getNetworkPolicyPeers()).singleElement().satisfies(peer -> {
                    assertThat(peer.getNamespaceSelector()).isNull();
                    assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(SUITE);
                }));
    }

    private static List<NetworkPolicyIngressRule> rulesFor(Overlay overlay, Service service) {
        Map<String, String> labels = overlay.manifests().podTemplate(service).getMetadata().getLabels();
        List<NetworkPolicyIngressRule> rules = rules(overlay, labels);
        assertThat(rules).as("%s is selected by a policy (else every port is open)", service.artifactId).isNotEmpty();
        return rules;
    }

    /** The ingress rules of every policy that selects pods labelled {@code labels}. */
    private static List<NetworkPolicyIngressRule> rules(Overlay overlay, Map<String, String> labels) {
        return overlay.manifests().all(NetworkPolicy.class).stream()
                .filter(p -> selects(p.getSpec().getPodSelector(), labels))
                .flatMap(p -> p.getSpec().getIngress().stream())
                .toList();
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        return selector.getMatchLabels() != null && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }

    private static int apiPort(Overlay overlay, Service service) {
        return overlay.manifests().podTemplate(service).getSpec().getContainers().get(0).getPorts().stream()
                .filter(p -> "http".equals(p.getName())).map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow();
    }
}
