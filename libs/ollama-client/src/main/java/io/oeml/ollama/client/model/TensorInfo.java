package io.oeml.ollama.client.model;

import java.util.List;

/** One tensor of {@code /api/show} (v0.6.1+): name, ggml type ("Q4_K", "F32" ...) and shape in ggml order. */
public record TensorInfo(String name, String type, List<Long> shape) {

    public long elements() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}
