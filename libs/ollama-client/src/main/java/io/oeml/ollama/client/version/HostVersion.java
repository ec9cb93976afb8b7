package io.oeml.ollama.client.version;

/**
 * What the client learned from a host's {@code /api/version}: the release, its era, and whether the host said it is
 * the OllamaEmulator (whose figures are modelled, not measured).
 *
 * @param version the release; "0.0.0" for development builds (treated as newest)
 * @param era the era for llama-engine (plain GGUF) models, the rule that decides {@code /api/ps} sizes
 * @param ollamaEngineEra the era for architectures run by the Go Ollama engine (differs only in v0.11.11–v0.12.10)
 * @param emulated true when the host is the OllamaEmulator
 */
public record HostVersion(OllamaVersion version, OllamaEra era, OllamaEra ollamaEngineEra, boolean emulated) {

    public static HostVersion of(String version, boolean emulated) {
        OllamaVersion v = OllamaVersion.parse(version);
        return new HostVersion(v, OllamaEra.of(v, false), OllamaEra.of(v, true), emulated);
    }

    /** A host that answered 404 to {@code /api/version} (very old): treated as 0.1.0. */
    public static HostVersion ancient() {
        return of("0.1.0", false);
    }

    public boolean atLeast(String v) {
        return version.atLeast(v);
    }

    /** The era that applies to a model of this architecture (GGUF {@code general.architecture}). */
    public OllamaEra eraFor(String architecture) {
        return OllamaEra.of(version, VersionRules.ollamaEngineArchitecture(architecture));
    }
}
