package io.oeml.ollama.emulator.model;

import java.util.Arrays;

/** One tensor as `/api/show` lists it: name, ggml type and shape in ggml order (ne[0] first). */
public record Tensor(String name, GgmlType type, long[] shape) {

    public long elements() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    public long bytes() {
        return type.bytes(elements());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && t.name.equals(name) && t.type == type && Arrays.equals(t.shape, shape);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + " " + type + " " + Arrays.toString(shape);
    }
}
