#include "dataset.h"

#include "protocol.h"

#include <algorithm>
#include <cstring>
#include <fstream>

namespace oeml {

std::vector<ChatExample> read_chat_jsonl(const std::string & path) {
    std::ifstream in(path);
    if (!in) {
        throw data_unreadable("cannot open " + path);
    }
    std::vector<ChatExample> examples;
    std::string line;
    for (long number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        const std::string where = path + " line " + std::to_string(number) + ": ";
        json object = json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (object.is_discarded() || !object.is_object()) {
            throw data_unreadable(where + "not a JSON object");
        }
        const auto messages = object.find("messages");
        if (messages == object.end() || !messages->is_array() || messages->empty()) {
            throw data_unreadable(where + "needs a non-empty \"messages\" array");
        }
        ChatExample example;
        for (const json & message : *messages) {
            const auto role = message.find("role");
            const auto content = message.find("content");
            if (!message.is_object() || role == message.end() || !role->is_string() || content == message.end()
                || !content->is_string()) {
                throw data_unreadable(where + "every message needs string \"role\" and \"content\"");
            }
            const std::string r = role->get<std::string>();
            if (r != "system" && r != "user" && r != "assistant") {
                throw data_unreadable(where + "role must be system, user or assistant, got '" + r + "'");
            }
            example.push_back({r, content->get<std::string>()});
        }
        examples.push_back(std::move(example));
    }
    if (examples.empty()) {
        throw not_enough_data(path + " holds no examples");
    }
    return examples;
}

namespace {

std::string render(const char * tmpl, const ChatExample & example) {
    std::vector<llama_chat_message> chat;
    for (const ChatMessage & m : example) {
        chat.push_back({m.role.c_str(), m.content.c_str()});
    }
    // add_ass=false: the example already ends with the assistant's answer; no empty turn is opened after it.
    std::vector<char> buffer(4096);
    int32_t n = llama_chat_apply_template(tmpl, chat.data(), chat.size(), false, buffer.data(), buffer.size());
    if (n > static_cast<int32_t>(buffer.size())) {
        buffer.resize(n);
        n = llama_chat_apply_template(tmpl, chat.data(), chat.size(), false, buffer.data(), buffer.size());
    }
    if (n < 0) {
        throw model_unreadable("the model's chat template is not one llama.cpp can render (llama_chat_apply_template)");
    }
    return std::string(buffer.data(), n);
}

std::vector<llama_token> tokenize(const llama_vocab * vocab, const std::string & text) {
    // add_special: BOS where the model wants one; parse_special: chat markers become their tokens.
    const int32_t needed = -llama_tokenize(vocab, text.data(), text.size(), nullptr, 0, true, true);
    std::vector<llama_token> tokens(std::max(needed, 0));
    const int32_t n = llama_tokenize(vocab, text.data(), text.size(), tokens.data(), tokens.size(), true, true);
    if (n < 0) {
        throw internal("tokenization failed");
    }
    tokens.resize(n);
    return tokens;
}

} // namespace

std::vector<std::vector<llama_token>> tokenize_examples(const llama_model * model,
                                                        const std::vector<ChatExample> & examples) {
    const char * tmpl = llama_model_chat_template(model, nullptr); // null: llama.cpp falls back to chatml
    const llama_vocab * vocab = llama_model_get_vocab(model);
    std::vector<std::vector<llama_token>> tokenized;
    tokenized.reserve(examples.size());
    for (const ChatExample & example : examples) {
        tokenized.push_back(tokenize(vocab, render(tmpl, example)));
    }
    return tokenized;
}

Windows pack_windows(const std::vector<std::vector<llama_token>> & examples, uint32_t ctx) {
    Windows windows;
    windows.ctx = ctx;
    std::vector<size_t> example_starts;
    for (const auto & example : examples) {
        example_starts.push_back(windows.tokens.size());
        windows.tokens.insert(windows.tokens.end(), example.begin(), example.end());
    }
    const size_t total = windows.tokens.size();
    const size_t span = size_t(ctx) + 1;
    if (total < span) {
        return windows;
    }
    size_t start = 0;
    while (start + span < total) {
        windows.starts.push_back(start);
        const size_t end = start + span;
        // The first example that does not end inside this window starts the next one...
        size_t next = start + ctx;
        for (size_t i = 0; i < example_starts.size(); ++i) {
            const size_t example_end = i + 1 < example_starts.size() ? example_starts[i + 1] : total;
            if (example_end > end) {
                // ...unless it began at or before this window's start (longer than a window): continue inside it.
                next = example_starts[i] > start ? example_starts[i] : start + ctx;
                break;
            }
        }
        start = next;
    }
    windows.starts.push_back(total - span); // the last window ends with the data
    return windows;
}

ggml_opt_dataset_t make_dataset(const Windows & windows, const std::vector<size_t> & order) {
    // Inputs and labels are token ids (I32); one window is one datapoint, shuffled by us, not by ggml (shard 1).
    ggml_opt_dataset_t dataset = ggml_opt_dataset_init(GGML_TYPE_I32, GGML_TYPE_I32, windows.ctx, windows.ctx,
                                                       order.size(), /*ndata_shard=*/1);
    fill_dataset(dataset, windows, order);
    return dataset;
}

void fill_dataset(ggml_opt_dataset_t dataset, const Windows & windows, const std::vector<size_t> & order) {
    auto * data = static_cast<llama_token *>(ggml_opt_dataset_data(dataset)->data);
    auto * labels = static_cast<llama_token *>(ggml_opt_dataset_labels(dataset)->data);
    const size_t ctx = windows.ctx;
    for (size_t i = 0; i < order.size(); ++i) {
        const llama_token * window = windows.tokens.data() + windows.starts[order[i]];
        std::memcpy(data + i * ctx, window, ctx * sizeof(llama_token));
        std::memcpy(labels + i * ctx, window + 1, ctx * sizeof(llama_token));
    }
}

} // namespace oeml
