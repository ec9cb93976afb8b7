package io.oeml.estimator.model;

import java.util.Locale;

/** GGUF tensor types with their block layout ({@code fs/ggml/ggml.go} TypeSize/BlockSize, docs/ollama.md §5.2). */
public enum GgmlType {
    F32(4, 1), F16(2, 1), BF16(2, 1),
    Q8_0(34, 32), Q4_0(18, 32), Q4_1(20, 32), Q5_0(22, 32), Q5_1(24, 32), MXFP4(17, 32), IQ4_NL(18, 32),
    Q2_K(84, 256), Q3_K(110, 256), Q4_K(144, 256), Q5_K(176, 256), Q6_K(210, 256), Q8_K(292, 256),
    IQ2_XXS(66, 256), IQ2_XS(74, 256), IQ2_S(82, 256), IQ3_XXS(98, 256), IQ3_S(110, 256), IQ4_XS(136, 256),
    IQ1_S(50, 256), IQ1_M(56, 256);

    private final int bytesPerBlock;
    private final int blockSize;

    GgmlType(int bytesPerBlock, int blockSize) {
        this.bytesPerBlock = bytesPerBlock;
        this.blockSize = blockSize;
    }

    public long bytes(long elements) {
        return elements * bytesPerBlock / blockSize;
    }

    public int blockSize() {
        return blockSize;
    }

    public static GgmlType parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
