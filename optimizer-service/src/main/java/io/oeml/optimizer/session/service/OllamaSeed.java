package io.oeml.optimizer.session.service;

/** The {@code seed} option an Ollama session's trials send, from the session's seed. */
public final class OllamaSeed {

    private OllamaSeed() {
    }

    /** 31 bits: Ollama hands the seed to llama.cpp as a uint32, where 0xFFFFFFFF means "a random seed". */
    public static long of(long sessionSeed) {
        return sessionSeed & 0x7fffffffL;
    }
}
