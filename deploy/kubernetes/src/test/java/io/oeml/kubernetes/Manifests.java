package io.oeml.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.oeml.infra.kubernetes.OperatorCrds;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * A YAML stream of Kubernetes objects, each parsed strictly: into the typed model of its kind (fabric8 for Kubernetes'
 * own kinds, Strimzi's for Kafka), with no field the model does not know, or for CloudNativePG's {@code Cluster},
 * which has no Java model, validated against the CRD schema of the operator's release. A kind none of these covers
 * fails the parse: nothing reaches a cluster unchecked.
 */
final class Manifests {

    private static final Map<String, Class<? extends HasMetadata>> TYPED = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", io.fabric8.kubernetes.api.model.Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/DaemonSet", DaemonSet.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class));
    private static final String CNPG_CLUSTER = "postgresql.cnpg.io/v1/Cluster";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<HasMetadata> objects;

    private Manifests(List<HasMetadata> objects) {
        this.objects = objects;
    }

    static Manifests parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            YAMLMapper mapper = new YAMLMapper();
            for (JsonNode document : mapper.readValues(mapper.createParser(yaml), JsonNode.class).readAll()) {
                if (document.isNull() || document.isEmpty()) {
                    continue;
                }
                String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
                String name = type + " " + document.at("/metadata/name").asText();
                if (type.equals(CNPG_CLUSTER)) {
                    CnpgSchema.CLUSTER.violations(document).forEach(v -> problems.add(name + ": " + v));
                    objects.add(JSON.convertValue(document, GenericKubernetesResource.class));
                } else if (TYPED.containsKey(type)) {
                    HasMetadata object = parseTyped(document, TYPED.get(type), name, problems);
                    if (object != null) {
                        UnknownFields.in(object).forEach(u -> problems.add(name + ": unknown field at " + u));
                        objects.add(object);
                    }
                } else {
                    problems.add(name + ": no schema to check this kind against (add it to Manifests)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a YAML stream", e);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("invalid manifests:\n  " + String.join("\n  ", problems));
        }
        return new Manifests(objects);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    List<HasMetadata> all() {
        return objects;
    }

    /** The pod template of the service's workload (its Deployment or DaemonSet). */
    PodTemplateSpec podTemplate(Service service) {
        return service.workloadKind.equals("DaemonSet")
                ? named(DaemonSet.class, service.artifactId).getSpec().getTemplate()
                : named(Deployment.class, service.artifactId).getSpec().getTemplate();
    }

    private static HasMetadata parseTyped(JsonNode document, Class<? extends HasMetadata> type, String name,
            List<String> problems) {
        try {
            return JSON.treeToValue(document, type);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(name + ": " + e.getMessage());
            return null;
        }
    }

    /** Read once per test JVM: the CRD is a file of about a megabyte. */
    private static final class CnpgSchema {
        static final CrdSchema CLUSTER = CrdSchema.read(OperatorCrds.file(OperatorCrds.CLOUDNATIVE_PG,
                OperatorCrds.CLOUDNATIVE_PG_VERSION, "config/crd/bases/postgresql.cnpg.io_clusters.yaml"), "v1");
    }
}
