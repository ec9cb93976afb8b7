// oeml-trainer: full fine-tuning of a GGUF model on CPU with llama.cpp's training API, speaking the line-delimited
// JSON protocol of finetune-service/docs/trainer-protocol.md on stdout.
//
//   train         base GGUF + chat JSONL -> tuned, repaired, quantized GGUF
//   count-tokens  real token counts of a chat JSONL for a model (dataset validation)
//   inspect       what a GGUF is: architecture, whether it trains, context length, chat template (no weights read)
//
// The flow of `train` is in run_train() below, top to bottom; each step lives in a file of its own:
// args (options), dataset (render, tokenize, pack), training (schedule, loop, measures), gguf_files (metadata,
// conversion, quantization, repair), protocol (the JSON lines and failures).

#include "args.h"
#include "dataset.h"
#include "gguf_files.h"
#include "protocol.h"
#include "training.h"

#include "ggml.h"
#include "llama.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <set>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace oeml {
namespace {

// Files the run writes before the result is complete; removed on every exit, so a failed or cancelled job
// leaves nothing half-written next to --out.
std::set<std::string> temp_files;

std::string temp_file(const std::string & out, const std::string & suffix) {
    std::string path = out + suffix;
    temp_files.insert(path);
    return path;
}

void remove_temp_files() {
    for (const std::string & path : temp_files) {
        std::remove(path.c_str());
    }
    temp_files.clear();
}

void on_signal(int) {
    cancel_requested.store(true); // async-signal-safe; the running step and the run stop at the next check
}

void install_signal_handlers() {
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    // A reader that has gone (a service that closed our stdout) must not kill us before the clean-up: writes then
    // fail quietly with EPIPE instead of raising SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    // Die with the service: a killed finetune-service must not leave a trainer holding 2-3 GB. SIGTERM, not
    // SIGKILL, so the partial output is still removed.
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() == 1) {
        cancel_requested.store(true); // the parent died before prctl took effect
    }
}

// ggml aborts the process on internal errors (an assert, an allocation it cannot make): say so on the protocol
// before it does.
void on_ggml_abort(const char * message) {
    remove_temp_files();
    emit({{"type", "failure"}, {"code", "INTERNAL"}, {"message", std::string("ggml aborted: ") + message}});
}

// llama.cpp logs every tensor it loads at INFO: only warnings and errors reach stderr, unless asked.
void on_llama_log(ggml_log_level level, const char * text, void * verbose) {
    static bool last_shown = false;
    const bool show = verbose != nullptr || level == GGML_LOG_LEVEL_WARN || level == GGML_LOG_LEVEL_ERROR
                      || (level == GGML_LOG_LEVEL_CONT && last_shown);
    last_shown = show;
    if (show) {
        std::fputs(text, stderr);
    }
}

int thread_count(int requested) {
    return requested > 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
}

struct ModelCloser {
    void operator()(llama_model * model) const { llama_model_free(model); }
};
struct ContextCloser {
    void operator()(llama_context * ctx) const { llama_free(ctx); }
};
using Model = std::unique_ptr<llama_model, ModelCloser>;
using Context = std::unique_ptr<llama_context, ContextCloser>;

Model load_model(const std::string & path, bool vocab_only) {
    llama_model_params params = llama_model_default_params();
    params.vocab_only = vocab_only;
    params.load_mode = LLAMA_LOAD_MODE_NONE; // weights in writable memory, not a read-only mmap of the file
    params.use_extra_bufts = false;           // no repacked layouts: the optimizer updates the tensors in place
    params.progress_callback = [](float, void *) { return !cancel_requested.load(); }; // false stops the load
    Model model(llama_model_load_from_file(path.c_str(), params));
    if (!model) {
        stop_if_cancelled();
        throw model_unreadable("llama.cpp could not load " + path);
    }
    return model;
}

Context training_context(llama_model * model, uint32_t ctx, int threads) {
    llama_context_params params = llama_context_default_params();
    // One window per physical batch: with n_ubatch < n_ctx the K and V projections get no gradients.
    params.n_ctx = params.n_batch = params.n_ubatch = ctx;
    params.n_seq_max = 1;
    params.n_threads = params.n_threads_batch = threads;
    params.flash_attn_type = LLAMA_FLASH_ATTN_TYPE_DISABLED; // no backward pass for FLASH_ATTN_EXT
    params.type_k = params.type_v = GGML_TYPE_F32;           // OUT_PROD has no F16 support
    params.no_perf = true;
    // Polled by the CPU backend between graph nodes: a cancel abandons the running step within a fraction of a
    // second instead of waiting up to 20 s for it on a loaded box. Its half-applied update does not matter: a
    // cancelled run saves nothing.
    params.abort_callback = [](void *) { return cancel_requested.load(); };
    params.abort_callback_data = nullptr;
    Context context(llama_init_from_model(model, params));
    if (!context) {
        throw out_of_memory("llama.cpp could not create a training context of " + std::to_string(ctx) + " tokens");
    }
    return context;
}

json measure_line(const std::string & model, const Measure & m) {
    return {{"type", "evaluation"}, {"model", model}, {"split", "validation"}, {"loss", rounded(m.loss)},
            {"perplexity", rounded(std::exp(m.loss))}, {"accuracy", rounded(m.accuracy)}, {"tokens", m.tokens}};
}

size_t file_size(const std::string & path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 ? static_cast<size_t>(st.st_size) : 0;
}

int run_train(const TrainOptions & o) {
    const int threads = thread_count(o.threads);

    // 1. Refuse what cannot train before loading anything heavy.
    emit_phase("preparing", "reading " + o.model);
    const GgufFacts base = read_gguf_facts(o.model);
    if (!trainable_architecture(base.architecture)) {
        throw unsupported_architecture("architecture '" + base.architecture + "' cannot be trained by this llama.cpp"
                                       + (base.architecture.rfind("gemma", 0) == 0
                                              ? " (GEGLU has no backward pass in its ggml)"
                                              : " (only llama-architecture models are verified to train)"));
    }
    const std::vector<ChatExample> train_examples = read_chat_jsonl(o.train);
    const std::vector<ChatExample> val_examples = o.val.empty() ? std::vector<ChatExample>{} : read_chat_jsonl(o.val);
    const GgufFacts template_source = o.chat_template_from == o.model ? base : read_gguf_facts(o.chat_template_from);
    stop_if_cancelled();

    // 2. Training runs on F32 weights: a quantized (or F16) base is widened first.
    std::string weights = o.model;
    if (!base.all_f32) {
        emit_phase("preparing", "converting the " + base.architecture + " base to F32 for training");
        weights = temp_file(o.out, ".base-f32.tmp");
        convert_to_f32(o.model, weights, threads);
        stop_if_cancelled();
    }
    emit_phase("preparing", "loading " + base.architecture + " base (F32)");
    Model model = load_model(weights, false);

    // 3. Data: rendered, tokenized, packed into windows.
    const Windows train = pack_windows(tokenize_examples(model.get(), train_examples), o.ctx);
    const Windows val = pack_windows(tokenize_examples(model.get(), val_examples), o.ctx);
    if (train.count() == 0) {
        throw not_enough_data("the training data holds " + std::to_string(train.tokens.size())
                              + " tokens, fewer than one window of " + std::to_string(o.ctx + 1));
    }
    if (!val_examples.empty() && val.count() == 0) {
        emit_log("warn", "the validation data holds " + std::to_string(val.tokens.size())
                             + " tokens, fewer than one window: no validation measure");
    }
    Context context = training_context(model.get(), o.ctx, threads);
    Trainer trainer(context.get(), model.get(), o, train, val);
    emit({{"type", "plan"}, {"examples", train_examples.size()}, {"train_windows", train.count()},
          {"val_windows", val.count()}, {"steps_per_epoch", trainer.steps_per_epoch()}, {"epochs", trainer.epochs()},
          {"total_steps", trainer.total_steps()}, {"ctx", o.ctx}, {"tokens", train.tokens.size()}});

    // 4. The base measured on the validation windows, then training, then the tuned model on the same windows.
    if (val.count() > 0) {
        emit_phase("evaluating", "base model on " + std::to_string(val.count()) + " validation windows");
        emit(measure_line("base", *trainer.evaluate()));
    }
    emit_phase("training", std::to_string(trainer.total_steps()) + " steps");
    const std::optional<Measure> tuned = trainer.train();
    if (tuned) {
        // The last epoch's validation pass is the tuned model's measure: the weights have not changed since.
        emit(measure_line("tuned", *tuned));
    }
    stop_if_cancelled();

    // 5. Save, quantize, repair: the saved file's metadata is not the base's (see repair_metadata).
    const uint32_t context_length = o.context_length > 0 ? o.context_length
                                    : base.context_length > 0 ? base.context_length : o.ctx;
    emit_phase("saving", "repairing metadata, quantizing to " + o.quantize);
    const std::string trained = temp_file(o.out, ".trained-f32.tmp");
    llama_model_save_to_file(model.get(), trained.c_str());
    context.reset(); // 2-3 GB of training state is not needed for quantizing
    model.reset();
    std::string quantized = trained;
    if (o.quantize != "F32") {
        quantized = temp_file(o.out, ".quantized.tmp");
        quantize(trained, quantized, o.quantize, threads);
    }
    stop_if_cancelled();
    const std::string partial = temp_file(o.out, ".partial");
    repair_metadata(quantized, o.model, partial, context_length, template_source.chat_template);
    if (std::rename(partial.c_str(), o.out.c_str()) != 0) {
        throw internal("cannot move " + partial + " to " + o.out + ": " + std::strerror(errno));
    }
    temp_files.erase(partial);
    remove_temp_files();

    const GgufFacts result = read_gguf_facts(o.out);
    emit({{"type", "artifact"}, {"path", o.out}, {"format", "gguf"}, {"quantization", o.quantize},
          {"bytes", file_size(o.out)}, {"context_length", result.context_length},
          {"chat_template", !result.chat_template.empty()}});
    return EXIT_OK;
}

int run_count_tokens(const CountOptions & o) {
    const std::vector<ChatExample> examples = read_chat_jsonl(o.data);
    Model model = load_model(o.model, /*vocab_only=*/true); // the vocabulary and template suffice
    size_t total = 0;
    size_t longest = 0;
    for (const auto & tokens : tokenize_examples(model.get(), examples)) {
        total += tokens.size();
        longest = std::max(longest, tokens.size());
    }
    emit({{"type", "tokens"}, {"examples", examples.size()}, {"tokens", total}, {"max_example_tokens", longest},
          {"context_length", read_gguf_facts(o.model).context_length}}); // vocab_only loads no hyperparameters
    return EXIT_OK;
}

int run_inspect(const InspectOptions & o) {
    const GgufFacts facts = read_gguf_facts(o.model);
    emit({{"type", "model"}, {"architecture", facts.architecture},
          {"trainable", trainable_architecture(facts.architecture)}, {"context_length", facts.context_length},
          {"chat_template", !facts.chat_template.empty()}, {"all_f32", facts.all_f32}});
    return EXIT_OK;
}

} // namespace
} // namespace oeml

int main(int argc, char ** argv) {
    using namespace oeml;
    install_signal_handlers();
    ggml_set_abort_callback(on_ggml_abort);
    llama_log_set(on_llama_log, std::getenv("OEML_TRAINER_VERBOSE") ? reinterpret_cast<void *>(1) : nullptr);
    try {
        const Command command = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
        llama_backend_init();
        const int code = command.name == "train"          ? run_train(command.train)
                         : command.name == "count-tokens" ? run_count_tokens(command.count)
                                                          : run_inspect(command.inspect);
        llama_backend_free();
        return code;
    } catch (const Failure & failure) {
        remove_temp_files();
        emit({{"type", "failure"}, {"code", failure.code}, {"message", failure.what()}});
        return failure.exit_code;
    } catch (const std::bad_alloc &) {
        remove_temp_files();
        emit({{"type", "failure"}, {"code", "OUT_OF_MEMORY"}, {"message", "out of memory"}});
        return EXIT_OTHER;
    } catch (const std::exception & e) {
        remove_temp_files();
        emit({{"type", "failure"}, {"code", "INTERNAL"}, {"message", e.what()}});
        return EXIT_OTHER;
    }
}
