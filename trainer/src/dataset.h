// Chat examples from JSONL to token windows: render with the model's chat template, tokenize with special
// tokens parsed, pack into windows of ctx tokens for llama_opt_epoch.
#pragma once

#include "llama.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace oeml {

struct ChatMessage {
    std::string role;    // system | user | assistant
    std::string content;
};

using ChatExample = std::vector<ChatMessage>;

// Every line `{"messages":[{"role":..,"content":..}, ..]}`; blank lines skipped. Throws DATA_UNREADABLE with
// the line number of the first bad line.
std::vector<ChatExample> read_chat_jsonl(const std::string & path);

// One token sequence per example: the example rendered by the model's own chat template (llama.cpp's built-in
// renderer for it; chatml when the model has none) and tokenized with parse_special=true, so <|im_start|> is one
// token and not nine pieces of text. The stock llama-finetune tokenizes it as text and the model learns to
// print the markers.
std::vector<std::vector<llama_token>> tokenize_examples(const llama_model * model,
                                                        const std::vector<ChatExample> & examples);

// Windows over the examples laid end to end. Each window holds ctx + 1 tokens (inputs and the labels shifted by
// one). A window starts where an example starts, so every example that fits in a window is seen whole with its
// beginning; the example cut at a window's end starts the next window. An example longer than a window is cut
// into ctx-token pieces. The last window is aligned with the end of the data, so no tokens are dropped.
struct Windows {
    std::vector<llama_token> tokens;   // all examples end to end
    std::vector<size_t> starts;        // where each window begins in `tokens`
    uint32_t ctx = 0;

    size_t count() const { return starts.size(); }
};

// Empty starts when the examples hold fewer than ctx + 1 tokens.
Windows pack_windows(const std::vector<std::vector<llama_token>> & examples, uint32_t ctx);

// A llama.cpp training dataset with the windows in the given order (a permutation of 0..count-1).
ggml_opt_dataset_t make_dataset(const Windows & windows, const std::vector<size_t> & order);

// Copies the windows into an existing dataset in a new order (a shuffle between epochs).
void fill_dataset(ggml_opt_dataset_t dataset, const Windows & windows, const std::vector<size_t> & order);

} // namespace oeml
