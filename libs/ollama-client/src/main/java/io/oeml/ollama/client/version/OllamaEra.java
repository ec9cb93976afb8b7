package io.oeml.ollama.client.version;

/** The loader eras of docs/ollama.md §0: who decides memory and layer placement. */
public enum OllamaEra {
    /** ≤ v0.11.10 (llama-engine models until v0.12.10): Ollama's static estimator from GGUF metadata. */
    A_STATIC_ESTIMATOR,
    /** v0.12.11 – v0.29.x (Ollama-engine models from v0.11.11): backend-measured layouts. */
    B_BACKEND_MEASURED,
    /** v0.30.0 and later: upstream llama-server; llama.cpp's own --fit chooses GPU layers. */
    C_LLAMA_SERVER;

    /**
     * The era that applies to a model on a host of this version.
     *
     * @param ollamaEngineModel true for architectures the Go "Ollama engine" ran (gemma3, qwen3, llama4, mistral3,
     *     gpt-oss, qwen2.5-vl ...), which moved to era B earlier (v0.11.11)
     */
    public static OllamaEra of(OllamaVersion v, boolean ollamaEngineModel) {
        if (v.atLeast("0.30.0")) {
            return C_LLAMA_SERVER;
        }
        if (v.atLeast("0.12.11")) {
            return B_BACKEND_MEASURED;
        }
        if (ollamaEngineModel && v.atLeast("0.11.11")) {
            return B_BACKEND_MEASURED;
        }
        return A_STATIC_ESTIMATOR;
    }
}
