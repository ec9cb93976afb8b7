// The training loop over llama.cpp's training API: per-step learning rate, one `step` line per optimizer step,
// epochs over shuffled windows, forward-only measures on the validation windows.
#pragma once

#include "args.h"
#include "dataset.h"

#include "llama.h"

#include <atomic>
#include <cstdint>
#include <optional>

namespace oeml {

// Set by the SIGTERM/SIGINT handler; polled by the CPU backend during a step (which it then abandons) and read
// after every step and phase, which then ends the run with CANCELLED.
extern std::atomic<bool> cancel_requested;

// Throws Failure CANCELLED when a signal asked to stop.
void stop_if_cancelled();

// Learning rate per optimizer step: linear warmup over the first `warmup` steps (the requested count, capped
// at a fraction of all steps so a short job still trains at full rate), then cosine or linear decay towards
// lr_min. The last step stays just above lr_min: ggml asserts a learning rate above 0.
struct LearningRate {
    float lr = 1e-4f;
    float lr_min = 0.0f;
    int total_steps = 1;
    int warmup = 0;
    Schedule schedule = Schedule::COSINE;

    static LearningRate of(const TrainOptions & options, int total_steps);
    float at(int step) const; // step is 1-based
};

// A forward-only measure: mean token cross-entropy and next-token accuracy.
struct Measure {
    double loss = 0;
    double accuracy = 0;
    int64_t tokens = 0;
};

class Trainer {
public:
    // Sets up llama_opt_init on `ctx` (a context with n_ctx = n_batch = n_ubatch = windows' ctx, F32 K/V).
    Trainer(llama_context * ctx, llama_model * model, const TrainOptions & options, const Windows & train,
            const Windows & val);
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer & operator=(const Trainer &) = delete;

    int steps_per_epoch() const { return static_cast<int>(train_.count()); }
    // --epochs whole epochs, or fewer steps when --max-steps caps them: the last epoch then sees only the first
    // windows of its shuffled order.
    int total_steps() const;
    int epochs() const { return (total_steps() + steps_per_epoch() - 1) / steps_per_epoch(); }

    // Loss and accuracy on the validation windows, no training (nullopt without validation windows).
    std::optional<Measure> evaluate();

    // All epochs, with `step` and `epoch` lines; returns the last epoch's validation measure.
    std::optional<Measure> train();

private:
    static ggml_opt_optimizer_params optimizer_params(void * self);
    static void after_train_step(bool train, ggml_opt_context_t, ggml_opt_dataset_t, ggml_opt_result_t result,
                                 int64_t ibatch, int64_t ibatch_max, int64_t t_start_us);
    static void after_eval_step(bool train, ggml_opt_context_t, ggml_opt_dataset_t, ggml_opt_result_t result,
                                int64_t ibatch, int64_t ibatch_max, int64_t t_start_us);
    void report_step(ggml_opt_result_t result, int64_t ibatch);

    llama_context * ctx_;
    const TrainOptions & options_;
    const Windows & train_;
    const Windows & val_;
    ggml_opt_dataset_t train_data_ = nullptr;
    ggml_opt_dataset_t val_data_ = nullptr;
    LearningRate schedule_;
    std::mt19937 rng_;

    // Progress of the running epoch, read by the step callback.
    int epoch_ = 0;
    int step_ = 0;             // optimizer steps so far, over all epochs
    float step_lr_ = 0;        // the rate the optimizer used for the step just done
    double loss_sum_ = 0;      // sum of the per-step losses of this epoch so far
    int64_t correct_ = 0;      // correctly predicted tokens of this epoch so far
    int64_t step_start_us_ = 0;
};

} // namespace oeml
