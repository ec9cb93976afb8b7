#include "gguf_files.h"

#include "protocol.h"

#include "gguf.h"
#include "llama.h"

#include <cstdio>
#include <memory>
#include <set>
#include <vector>

namespace oeml {

namespace {

struct GgufCloser {
    void operator()(gguf_context * ctx) const { gguf_free(ctx); }
};
using Gguf = std::unique_ptr<gguf_context, GgufCloser>;

Gguf open_metadata(const std::string & path) {
    // no_alloc + no ggml context: only the key/value pairs and the tensor table are read.
    gguf_init_params params = {/*no_alloc=*/true, /*ctx=*/nullptr};
    Gguf gguf(gguf_init_from_file(path.c_str(), params));
    if (!gguf) {
        throw model_unreadable(path + " is not a readable GGUF file");
    }
    return gguf;
}

std::string string_value(const gguf_context * gguf, const std::string & key) {
    const int64_t id = gguf_find_key(gguf, key.c_str());
    return id >= 0 && gguf_get_kv_type(gguf, id) == GGUF_TYPE_STRING ? gguf_get_val_str(gguf, id) : "";
}

uint32_t uint_value(const gguf_context * gguf, const std::string & key) {
    const int64_t id = gguf_find_key(gguf, key.c_str());
    if (id < 0) {
        return 0;
    }
    switch (gguf_get_kv_type(gguf, id)) {
        case GGUF_TYPE_UINT32: return gguf_get_val_u32(gguf, id);
        case GGUF_TYPE_INT32: return static_cast<uint32_t>(gguf_get_val_i32(gguf, id));
        case GGUF_TYPE_UINT64: return static_cast<uint32_t>(gguf_get_val_u64(gguf, id));
        default: return 0;
    }
}

llama_ftype ftype_named(const std::string & type) {
    if (type == "Q8_0") return LLAMA_FTYPE_MOSTLY_Q8_0;
    if (type == "Q4_K_M") return LLAMA_FTYPE_MOSTLY_Q4_K_M;
    if (type == "F16") return LLAMA_FTYPE_MOSTLY_F16;
    return LLAMA_FTYPE_ALL_F32;
}

void run_quantize(const std::string & in, const std::string & out, llama_ftype ftype, int threads,
                  const std::string & what) {
    llama_model_quantize_params params = llama_model_quantize_default_params();
    params.ftype = ftype;
    params.nthread = threads;
    params.allow_requantize = true; // the base may already be quantized (Q4_1, Q4_K_M...)
    if (llama_model_quantize(in.c_str(), out.c_str(), &params) != 0) {
        throw internal(what + " failed: " + in + " -> " + out);
    }
}

} // namespace

GgufFacts read_gguf_facts(const std::string & path) {
    Gguf gguf = open_metadata(path);
    GgufFacts facts;
    facts.architecture = string_value(gguf.get(), "general.architecture");
    if (facts.architecture.empty()) {
        throw model_unreadable(path + " has no general.architecture");
    }
    facts.context_length = uint_value(gguf.get(), facts.architecture + ".context_length");
    facts.chat_template = string_value(gguf.get(), "tokenizer.chat_template");
    facts.all_f32 = true;
    for (int64_t i = 0; i < gguf_get_n_tensors(gguf.get()); ++i) {
        facts.all_f32 = facts.all_f32 && gguf_get_tensor_type(gguf.get(), i) == GGML_TYPE_F32;
    }
    return facts;
}

bool trainable_architecture(const std::string & architecture) {
    // An allowlist, not a denylist: an architecture joins once a real model of it has trained here.
    static const std::set<std::string> verified = {"llama"};
    return verified.count(architecture) > 0;
}

void convert_to_f32(const std::string & in, const std::string & out, int threads) {
    run_quantize(in, out, LLAMA_FTYPE_ALL_F32, threads, "converting the base to F32");
}

void quantize(const std::string & in, const std::string & out, const std::string & type, int threads) {
    run_quantize(in, out, ftype_named(type), threads, "quantizing to " + type);
}

void repair_metadata(const std::string & trained, const std::string & base, const std::string & out,
                     uint32_t context_length, const std::string & chat_template) {
    Gguf gguf = open_metadata(trained);
    Gguf original = open_metadata(base);
    const std::string architecture = string_value(original.get(), "general.architecture");
    const uint32_t file_type = uint_value(gguf.get(), "general.file_type");
    const uint32_t quantization_version = uint_value(gguf.get(), "general.quantization_version");

    std::vector<std::string> saved_keys;
    for (int64_t i = 0; i < gguf_get_n_kv(gguf.get()); ++i) {
        saved_keys.push_back(gguf_get_key(gguf.get(), i));
    }
    for (const std::string & key : saved_keys) {
        gguf_remove_key(gguf.get(), key.c_str());
    }
    gguf_set_kv(gguf.get(), original.get());
    gguf_set_val_u32(gguf.get(), "general.file_type", file_type);
    if (quantization_version > 0) {
        gguf_set_val_u32(gguf.get(), "general.quantization_version", quantization_version);
    } else {
        gguf_remove_key(gguf.get(), "general.quantization_version");
    }
    // The tensor data keeps the trained file's alignment, whatever the base declared.
    gguf_remove_key(gguf.get(), "general.alignment");
    if (gguf_get_alignment(gguf.get()) != GGUF_DEFAULT_ALIGNMENT) {
        gguf_set_val_u32(gguf.get(), "general.alignment", static_cast<uint32_t>(gguf_get_alignment(gguf.get())));
    }
    gguf_set_val_u32(gguf.get(), (architecture + ".context_length").c_str(), context_length);
    if (!chat_template.empty()) {
        gguf_set_val_str(gguf.get(), "tokenizer.chat_template", chat_template.c_str());
    }

    // The new metadata block (padded to the file's alignment), then the old file's tensor data unchanged:
    // the tensor table holds offsets relative to the data section, which do not move.
    std::vector<char> meta(gguf_get_meta_size(gguf.get()));
    gguf_get_meta_data(gguf.get(), meta.data());
    const size_t data_offset = gguf_get_data_offset(gguf.get());

    std::unique_ptr<FILE, int (*)(FILE *)> source(std::fopen(trained.c_str(), "rb"), &std::fclose);
    std::unique_ptr<FILE, int (*)(FILE *)> target(std::fopen(out.c_str(), "wb"), &std::fclose);
    if (!source || !target || std::fseek(source.get(), static_cast<long>(data_offset), SEEK_SET) != 0) {
        throw internal("cannot copy " + trained + " to " + out);
    }
    bool ok = std::fwrite(meta.data(), 1, meta.size(), target.get()) == meta.size();
    std::vector<char> buffer(1 << 20);
    for (size_t n; ok && (n = std::fread(buffer.data(), 1, buffer.size(), source.get())) > 0;) {
        ok = std::fwrite(buffer.data(), 1, n, target.get()) == n;
    }
    if (!ok || std::ferror(source.get()) || std::fflush(target.get()) != 0) {
        throw internal("writing " + out + " failed (disk full?)");
    }
}

} // namespace oeml
