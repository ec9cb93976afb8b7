// Command-line options of both subcommands, parsed and checked before anything is loaded.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace oeml {

enum class Schedule { COSINE, LINEAR };

struct TrainOptions {
    std::string model;               // base GGUF (any quantization; converted to F32 when needed)
    std::string train;               // chat JSONL
    std::string val;                 // chat JSONL, optional
    std::string out;                 // final GGUF
    uint32_t ctx = 256;              // window length, a multiple of 256 (llama.cpp's training graph needs b = ub = ctx)
    int epochs = 2;
    int max_steps = 0;               // a cap on optimizer steps over all epochs; 0: none
    float lr = 1e-4f;
    float lr_min = 0.0f;
    int warmup_steps = 0;
    float warmup_max_fraction = 0.5f;
    Schedule schedule = Schedule::COSINE;
    std::string optimizer = "adamw"; // adamw | sgd
    float weight_decay = 0.0f;
    uint32_t seed = 42;
    bool shuffle = true;
    int threads = 0;                 // 0: every core
    uint32_t context_length = 0;     // 0: the base's <arch>.context_length
    std::string chat_template_from;  // empty: --model
    std::string quantize = "Q8_0";   // Q8_0 | Q4_K_M | F16 | F32
};

struct CountOptions {
    std::string model;
    std::string data;
};

struct InspectOptions {
    std::string model;
};

struct Command {
    std::string name; // "train", "count-tokens" or "inspect"
    TrainOptions train;
    CountOptions count;
    InspectOptions inspect;
};

// Throws Failure (BAD_ARGUMENTS) naming the offending option.
Command parse_command_line(const std::vector<std::string> & args);

} // namespace oeml
