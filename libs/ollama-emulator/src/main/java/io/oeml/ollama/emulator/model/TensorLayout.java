package io.oeml.ollama.emulator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Synthesises the tensor list of a GGUF model from its architecture dimensions, with llama.cpp's per-tensor
 * type choice for the file's quantization (docs/ollama.md §5.2): for Q4_K_M, {@code attn_v} and
 * {@code ffn_down} are Q6_K in layers where {@code i < L/8 or i >= 7L/8 or (i - L/8) mod 3 = 2}, the output
 * tensor (or the token embeddings when they are tied) is Q6_K and every other matrix Q4_K; 1-D tensors stay F32.
 * Reproduces the reference's byte totals for llama3.1:8b and qwen2.5:7b exactly (see TensorLayoutTest).
 */
public final class TensorLayout {

    private TensorLayout() {
    }

    public static List<Tensor> synthesize(ModelSpec s) {
        if (s.blockCount() == null || s.embeddingLength() == null || s.headCount() == null) {
            return List.of();
        }
        String quant = s.quantization() == null || s.quantization().isBlank() ? "F16" : s.quantization();
        Rules rules = new Rules(quant.toUpperCase(Locale.ROOT), s.blockCount());
        List<Tensor> out = new ArrayList<>();
        if ("bert".equals(s.architecture()) || "nomic-bert".equals(s.architecture())) {
            bert(s, rules, out);
        } else {
            decoder(s, rules, out);
        }
        return out;
    }

    private static void decoder(ModelSpec s, Rules r, List<Tensor> out) {
        long e = s.embeddingLength();
        long v = s.vocab();
        long dh = s.headDimension();
        long q = s.headCount() * dh;
        long kv = (s.headCountKv() == null ? s.headCount() : s.headCountKv()) * dh;
        long ff = s.feedForwardLength() == null ? 4 * e : s.feedForwardLength();
        boolean qwen2 = "qwen2".equals(s.architecture()) || "qwen25vl".equals(s.architecture());
        boolean qwen3 = s.architecture() != null && s.architecture().startsWith("qwen3");
        if (v > 0) {
            out.add(matrix(s.tiedEmbeddings() ? r.output() : r.base(), "token_embd.weight", e, v));
        }
        for (int i = 0; i < s.blockCount(); i++) {
            String p = "blk." + i + ".";
            out.add(vector(p + "attn_norm.weight", e));
            out.add(matrix(r.base(), p + "attn_q.weight", e, q));
            out.add(matrix(r.base(), p + "attn_k.weight", e, kv));
            out.add(matrix(r.attnV(i), p + "attn_v.weight", e, kv));
            if (qwen2) {
                out.add(vector(p + "attn_q.bias", q));
                out.add(vector(p + "attn_k.bias", kv));
                out.add(vector(p + "attn_v.bias", kv));
            }
            if (qwen3) {
                out.add(vector(p + "attn_q_norm.weight", dh));
                out.add(vector(p + "attn_k_norm.weight", dh));
            }
            out.add(matrix(r.base(), p + "attn_output.weight", q, e));
            out.add(vector(p + "ffn_norm.weight", e));
            out.add(matrix(r.base(), p + "ffn_gate.weight", e, ff));
            out.add(matrix(r.base(), p + "ffn_up.weight", e, ff));
            out.add(matrix(r.ffnDown(i), p + "ffn_down.weight", ff, e));
        }
        out.add(vector("output_norm.weight", e));
        if (!s.tiedEmbeddings() && v > 0) {
            out.add(matrix(r.output(), "output.weight", e, v));
        }
    }

    private static void bert(ModelSpec s, Rules r, List<Tensor> out) {
        long e = s.embeddingLength();
        long ff = s.feedForwardLength() == null ? 4 * e : s.feedForwardLength();
        if (s.vocab() > 0) {
            out.add(matrix(r.base(), "token_embd.weight", e, s.vocab()));
        }
        if (s.contextLength() != null) {
            out.add(matrix(r.base(), "position_embd.weight", e, s.contextLength()));
        }
        out.add(matrix(r.base(), "token_types.weight", e, 2));
        out.add(vector("token_embd_norm.weight", e));
        out.add(vector("token_embd_norm.bias", e));
        for (int i = 0; i < s.blockCount(); i++) {
            String p = "blk." + i + ".";
            for (String m : new String[] {"attn_q", "attn_k", "attn_v", "attn_output"}) {
                out.add(matrix(m.equals("attn_v") ? r.attnV(i) : r.base(), p + m + ".weight", e, e));
                out.add(vector(p + m + ".bias", e));
            }
            out.add(vector(p + "attn_output_norm.weight", e));
            out.add(vector(p + "attn_output_norm.bias", e));
            out.add(matrix(r.base(), p + "ffn_up.weight", e, ff));
            out.add(vector(p + "ffn_up.bias", ff));
            out.add(matrix(r.ffnDown(i), p + "ffn_down.weight", ff, e));
            out.add(vector(p + "ffn_down.bias", e));
            out.add(vector(p + "layer_output_norm.weight", e));
            out.add(vector(p + "layer_output_norm.bias", e));
        }
    }

    private static Tensor vector(String name, long n) {
        return new Tensor(name, GgmlType.F32, new long[] {n});
    }

    private static Tensor matrix(GgmlType t, String name, long ne0, long ne1) {
        return new Tensor(name, fallback(t, ne0), new long[] {ne0, ne1});
    }

    /** llama.cpp falls back to a legacy type when a row is not a multiple of the type's block size. */
    private static GgmlType fallback(GgmlType t, long rowLength) {
        if (rowLength % t.blockSize == 0) {
            return t;
        }
        return switch (t) {
            case Q4_K, Q2_K, Q3_K -> GgmlType.Q5_0;
            case Q5_K -> GgmlType.Q5_1;
            case Q6_K -> GgmlType.Q8_0;
            default -> GgmlType.F16;
        };
    }

    public static long totalBytes(List<Tensor> tensors) {
        long sum = 0;
        for (Tensor t : tensors) {
            sum += t.bytes();
        }
        return sum;
    }

    /** Per-file-type choice of ggml types (llama.cpp {@code llama_tensor_get_type}, the parts Ollama can produce). */
    private record Rules(String ftype, int layers) {

        GgmlType base() {
            return switch (ftype) {
                case "F32" -> GgmlType.F32;
                case "BF16" -> GgmlType.BF16;
                case "Q8_0" -> GgmlType.Q8_0;
                case "Q4_0" -> GgmlType.Q4_0;
                case "Q4_1" -> GgmlType.Q4_1;
                case "Q5_0" -> GgmlType.Q5_0;
                case "Q4_K_M", "Q4_K_S" -> GgmlType.Q4_K;
                case "Q5_K_M", "Q5_K_S" -> GgmlType.Q5_K;
                case "Q6_K" -> GgmlType.Q6_K;
                default -> GgmlType.F16;
            };
        }

        GgmlType output() {
            GgmlType b = base();
            return switch (b) {
                case F32, F16, BF16, Q8_0 -> b;
                default -> GgmlType.Q6_K;
            };
        }

        GgmlType attnV(int i) {
            if ((ftype.equals("Q4_K_M") || ftype.equals("Q5_K_M")) && moreBits(i)) {
                return GgmlType.Q6_K;
            }
            if (ftype.equals("Q4_K_S") && i < 4) {
                return GgmlType.Q5_K;
            }
            return base();
        }

        GgmlType ffnDown(int i) {
            if ((ftype.equals("Q4_K_M") || ftype.equals("Q5_K_M")) && moreBits(i)) {
                return GgmlType.Q6_K;
            }
            if (ftype.equals("Q4_K_S") && i < layers / 8) {
                return GgmlType.Q5_K;
            }
            return base();
        }

        private boolean moreBits(int i) {
            int n = layers;
            return i < n / 8 || i >= 7 * n / 8 || (i - n / 8) % 3 == 2;
        }
    }
}
