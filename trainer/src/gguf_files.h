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

// Writes `in` to `out` with <arch>.context_length set and tokenizer.chat_template added (when not empty).
// The tensor data is copied byte for byte: only the metadata block before it changes.
void repair_metadata(const std::string & in, const std::string & out, const std::string & architecture,
                     uint32_t context_length, const std::string & chat_template);

} // namespace oeml
