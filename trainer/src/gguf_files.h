// What the trainer does to GGUF files without loading a model: read metadata, convert a quantized base to F32,
// quantize the result and repair the metadata llama_model_save_to_file leaves wrong.
#pragma once

#include <cstdint>
#include <string>

namespace oeml {

// The metadata the trainer decides on, read with the gguf API (no weights loaded).
struct GgufFacts {
    std::string architecture;  // general.architecture
    uint32_t context_length = 0; // <arch>.context_length, 0 when absent
    bool all_f32 = false;      // every tensor F32: trainable as it is
    std::string chat_template; // tokenizer.chat_template, empty when absent
};

// Throws MODEL_UNREADABLE when the file is not a GGUF.
GgufFacts read_gguf_facts(const std::string & path);

// The architectures whose backward pass this ggml has, checked on a real model. gemma3 is not among them:
// its GEGLU feed-forward has no backward op ("unsupported glu op for backward pass: GEGLU").
bool trainable_architecture(const std::string & architecture);

// Dequantizes (or widens F16) every tensor to F32: training runs on F32 weights only.
void convert_to_f32(const std::string & in, const std::string & out, int threads);

// Quantizes a saved F32 model to Q8_0, Q4_K_M, F16 or F32 (F32: a plain copy).
void quantize(const std::string & in, const std::string & out, const std::string & type, int threads);

// Writes `trained` to `out` with the metadata of `base` (the file the training started from) in place of what
// llama_model_save_to_file wrote, keeping only the trained file's quantization (general.file_type and
// general.quantization_version), then <arch>.context_length = `context_length` and tokenizer.chat_template =
// `chat_template` (when not empty). The saver writes every hyperparameter llama.cpp knows for any architecture:
// a pooling_type (Ollama then takes the model for an embedding model: "does not support generate"), -inf floats
// (Ollama's /api/show fails on them), softcapping values, no chat template and the training ctx as context length.
// The base's metadata describes the same shapes and tokenizer. The tensor data is copied byte for byte.
void repair_metadata(const std::string & trained, const std::string & base, const std::string & out,
                     uint32_t context_length, const std::string & chat_template);

} // namespace oeml
