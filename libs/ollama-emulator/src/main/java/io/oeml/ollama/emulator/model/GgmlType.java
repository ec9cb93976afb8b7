package io.oeml.ollama.emulator.model;

import java.util.Locale;

/**
 * ggml tensor types with their block sizes (docs/ollama.md §5.2) and GGUF type ids.
 * Bytes of a tensor = elements × bytesPerBlock / blockSize.
 */
public enum GgmlType {
    F32(0, 4, 1),
    F16(1, 2, 1),
    Q4_0(2, 18, 32),
    Q4_1(3, 20, 32),
    Q5_0(6, 22, 32),
    Q5_1(7, 24, 32),
    Q8_0(8, 34, 32),
    Q2_K(10, 84, 256),
    Q3_K(11, 110, 256),
    Q4_K(12, 144, 256),
    Q5_K(13, 176, 256),
    Q6_K(14, 210, 256),
    Q8_K(15, 292, 256),
    IQ4_NL(20, 18, 32),
    IQ4_XS(23, 136, 256),
    BF16(30, 2, 1),
    MXFP4(39, 17, 32);

    public final int ggufId;
    public final int bytesPerBlock;
    public final int blockSize;

    GgmlType(int ggufId, int bytesPerBlock, int blockSize) {
        this.ggufId = ggufId;
        this.bytesPerBlock = bytesPerBlock;
        this.blockSize = blockSize;
    }

    public long bytes(long elements) {
        return elements * bytesPerBlock / blockSize;
    }

    public static GgmlType byGgufId(int id) {
        for (GgmlType t : values()) {
            if (t.ggufId == id) {
                return t;
            }
        }
        return null;
    }

    public static GgmlType parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
