package io.oeml.kubernetes;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.oeml.infra.kubernetes.KustomizeBuild;

/** The overlays an operator applies, rendered by kustomize as {@code kubectl apply -k} renders them. */
enum Overlay {

    DEV("overlays/dev"),
    PRODUCTION("overlays/production");

    private static final Map<Overlay, Manifests> RENDERED = new ConcurrentHashMap<>();

    final Path directory;

    Overlay(String directory) {
        this.directory = Path.of(directory);
    }

    /** Rendered and parsed once per test JVM. */
    Manifests manifests() {
        return RENDERED.computeIfAbsent(this, o -> Manifests.parse(KustomizeBuild.render(o.directory)));
    }
}
