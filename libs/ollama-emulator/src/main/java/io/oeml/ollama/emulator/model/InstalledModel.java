package io.oeml.ollama.emulator.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model as the emulator's store holds it: the manifest's layers (model weights described by {@link #spec}
 * and {@link #tensors}, template, system, parameters, messages, license, adapter) and its digest.
 */
public record InstalledModel(
        String name,
        ModelSpec spec,
        List<Tensor> tensors,
        long weightBytes,
        long diskSize,
        String digest,
        String modelBlobDigest,
        Instant modifiedAt,
        String template,
        String system,
        String license,
        Map<String, Object> parameters,
        List<Map<String, Object>> messages,
        String parentModel,
        String adapterDigest,
        Map<String, Object> extraModelInfo) {

    public InstalledModel {
        parameters = parameters == null ? Map.of() : new LinkedHashMap<>(parameters);
        messages = messages == null ? List.of() : List.copyOf(messages);
        extraModelInfo = extraModelInfo == null ? Map.of() : new LinkedHashMap<>(extraModelInfo);
    }

    public String format() {
        return "gguf";
    }

    public List<String> capabilities() {
        return spec.capabilities() == null ? List.of("completion") : spec.capabilities();
    }

    public InstalledModel renamed(String newName, Instant at) {
        return new InstalledModel(newName, spec, tensors, weightBytes, diskSize, digest, modelBlobDigest, at, template,
                system, license, parameters, messages, parentModel, adapterDigest, extraModelInfo);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy used by {@code /api/create}. */
    public static final class Builder {
        public String name;
        public ModelSpec spec;
        public List<Tensor> tensors;
        public long weightBytes;
        public long diskSize;
        public String digest;
        public String modelBlobDigest;
        public Instant modifiedAt;
        public String template;
        public String system;
        public String license;
        public Map<String, Object> parameters;
        public List<Map<String, Object>> messages;
        public String parentModel;
        public String adapterDigest;
        public Map<String, Object> extraModelInfo;

        public Builder() {
            parameters = new LinkedHashMap<>();
            messages = List.of();
            extraModelInfo = new LinkedHashMap<>();
            tensors = List.of();
        }

        Builder(InstalledModel m) {
            name = m.name;
            spec = m.spec;
            tensors = m.tensors;
            weightBytes = m.weightBytes;
            diskSize = m.diskSize;
            digest = m.digest;
            modelBlobDigest = m.modelBlobDigest;
            modifiedAt = m.modifiedAt;
            template = m.template;
            system = m.system;
            license = m.license;
            parameters = new LinkedHashMap<>(m.parameters);
            messages = m.messages;
            parentModel = m.parentModel;
            adapterDigest = m.adapterDigest;
            extraModelInfo = new LinkedHashMap<>(m.extraModelInfo);
        }

        public InstalledModel build() {
            return new InstalledModel(name, spec, tensors, weightBytes, diskSize, digest, modelBlobDigest, modifiedAt,
                    template, system, license, parameters, messages, parentModel, adapterDigest, extraModelInfo);
        }
    }
}
