package io.oeml.estimator.model;

import java.util.List;

/** One entry of {@code /api/show} {@code tensors}: name, GGUF type and shape. */
public record TensorInfo(String name, GgmlType type, List<Long> shape) {

    public TensorInfo {
        shape = List.copyOf(shape);
    }

    public long elements() {
        long elements = 1;
        for (long dim : shape) {
            elements *= dim;
        }
        return elements;
    }

    public long bytes() {
        return type.bytes(elements());
    }
}
