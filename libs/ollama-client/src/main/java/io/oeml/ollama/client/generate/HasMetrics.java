package io.oeml.ollama.client.generate;

/** A reply that carries the final-chunk metrics. */
public interface HasMetrics {

    Metrics metrics();
}
