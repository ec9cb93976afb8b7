#include "training.h"

#include "protocol.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace oeml {

std::atomic<bool> cancel_requested{false};

void stop_if_cancelled() {
    if (cancel_requested.load()) {
        throw cancelled();
    }
}

LearningRate LearningRate::of(const TrainOptions & options, int total_steps) {
    LearningRate rate;
    rate.lr = options.lr;
    rate.lr_min = options.lr_min;
    rate.total_steps = std::max(total_steps, 1);
    rate.warmup = std::min(options.warmup_steps,
                           static_cast<int>(std::floor(options.warmup_max_fraction * rate.total_steps)));
    rate.schedule = options.schedule;
    return rate;
}

float LearningRate::at(int step) const {
    if (step <= warmup) {
        return lr * static_cast<float>(step) / static_cast<float>(warmup);
    }
    // Progress through the decay: 0 at the first step after warmup, below 1 at the last.
    const double progress = static_cast<double>(step - warmup - 1) / static_cast<double>(total_steps - warmup);
    const double shape = schedule == Schedule::COSINE ? 0.5 * (1.0 + std::cos(M_PI * progress)) : 1.0 - progress;
    return std::max(static_cast<float>(lr_min + (lr - lr_min) * shape), 1e-12f);
}

namespace {

// ggml's epoch callbacks carry no user pointer: the one Trainer of the process is reached through this.
Trainer * running = nullptr;

std::vector<size_t> identity(size_t n) {
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    return order;
}

Measure measure(ggml_opt_result_t result) {
    Measure m;
    double unc = 0;
    ggml_opt_result_loss(result, &m.loss, &unc);
    ggml_opt_result_accuracy(result, &m.accuracy, &unc);
    ggml_opt_result_ndata(result, &m.tokens);
    return m;
}

json measure_or_null(const std::optional<Measure> & m, double Measure::*field) {
    return m ? json(rounded((*m).*field)) : json(nullptr);
}

} // namespace

Trainer::Trainer(llama_context * ctx, llama_model * model, const TrainOptions & options, const Windows & train,
                 const Windows & val)
    : ctx_(ctx), options_(options), train_(train), val_(val), rng_(options.seed) {
    schedule_ = LearningRate::of(options, total_steps());
    train_data_ = make_dataset(train_, identity(train_.count()));
    if (val_.count() > 0) {
        val_data_ = make_dataset(val_, identity(val_.count()));
    }
    llama_opt_params params{};
    params.n_ctx_train = 0;                        // train on windows of the context's n_ctx
    params.param_filter = llama_opt_param_filter_all; // every tensor upstream trains (the tied embedding stays frozen)
    params.param_filter_ud = nullptr;
    params.get_opt_pars = &Trainer::optimizer_params; // called once per optimizer step: the per-step schedule
    params.get_opt_pars_ud = this;
    params.optimizer_type = options.optimizer == "sgd" ? GGML_OPT_OPTIMIZER_TYPE_SGD : GGML_OPT_OPTIMIZER_TYPE_ADAMW;
    llama_opt_init(ctx_, model, params);
    running = this;
}

Trainer::~Trainer() {
    running = nullptr;
    ggml_opt_dataset_free(train_data_);
    if (val_data_) {
        ggml_opt_dataset_free(val_data_);
    }
}

int Trainer::total_steps() const {
    const int all = steps_per_epoch() * options_.epochs;
    return options_.max_steps > 0 ? std::min(all, options_.max_steps) : all;
}

ggml_opt_optimizer_params Trainer::optimizer_params(void * self) {
    Trainer & trainer = *static_cast<Trainer *>(self);
    ggml_opt_optimizer_params params = ggml_opt_get_default_optimizer_params(nullptr);
    trainer.step_lr_ = trainer.schedule_.at(trainer.step_ + 1);
    params.adamw.alpha = params.sgd.alpha = trainer.step_lr_;
    params.adamw.wd = params.sgd.wd = trainer.options_.weight_decay;
    return params;
}

std::optional<Measure> Trainer::evaluate() {
    if (!val_data_) {
        return std::nullopt;
    }
    ggml_opt_result_t result = ggml_opt_result_init();
    // idata_split = 0: every window goes to the evaluation half. With a split > 0 llama_opt_epoch trains on the
    // front windows even when it is given no training result.
    llama_opt_epoch(ctx_, val_data_, nullptr, result, /*idata_split=*/0, nullptr, &Trainer::after_eval_step);
    Measure m = measure(result);
    ggml_opt_result_free(result);
    return m;
}

std::optional<Measure> Trainer::train() {
    std::optional<Measure> val;
    std::vector<size_t> order = identity(train_.count());
    const int epochs = this->epochs();
    for (epoch_ = 1; epoch_ <= epochs; ++epoch_) {
        if (options_.shuffle) {
            std::shuffle(order.begin(), order.end(), rng_); // seeded once: a rerun sees the same orders
            fill_dataset(train_data_, train_, order);
        }
        // Only a --max-steps cap leaves an epoch short; its windows get a dataset of their own.
        const size_t windows = std::min(train_.count(), static_cast<size_t>(total_steps() - step_));
        ggml_opt_dataset_t data = windows == train_.count()
                                      ? train_data_
                                      : make_dataset(train_, std::vector<size_t>(order.begin(), order.begin() + windows));
        loss_sum_ = 0;
        correct_ = 0;
        step_start_us_ = ggml_time_us();
        ggml_opt_result_t result = ggml_opt_result_init();
        llama_opt_epoch(ctx_, data, result, nullptr, static_cast<int64_t>(windows), &Trainer::after_train_step,
                        nullptr);
        const Measure epoch_train = measure(result);
        ggml_opt_result_free(result);
        if (data != train_data_) {
            ggml_opt_dataset_free(data);
        }

        val = evaluate();
        emit({{"type", "epoch"}, {"epoch", epoch_}, {"epochs", epochs},
              {"train_loss", rounded(epoch_train.loss)}, {"train_accuracy", rounded(epoch_train.accuracy)},
              {"val_loss", measure_or_null(val, &Measure::loss)},
              {"val_accuracy", measure_or_null(val, &Measure::accuracy)}});
    }
    return val;
}

void Trainer::after_train_step(bool, ggml_opt_context_t, ggml_opt_dataset_t, ggml_opt_result_t result,
                               int64_t ibatch, int64_t, int64_t) {
    // A cancel aborts the step's graph part-way (the context's abort callback): its figures are not a step's, so
    // they are not reported. The exception unwinds through llama_opt_epoch (C++ throughout) to main, which cleans up.
    stop_if_cancelled();
    running->report_step(result, ibatch);
}

void Trainer::after_eval_step(bool, ggml_opt_context_t, ggml_opt_dataset_t, ggml_opt_result_t, int64_t, int64_t,
                              int64_t) {
    stop_if_cancelled();
}

void Trainer::report_step(ggml_opt_result_t result, int64_t ibatch) {
    ++step_;
    const int64_t now_us = ggml_time_us();
    const double seconds = (now_us - step_start_us_) / 1e6;
    step_start_us_ = now_us;

    // The result holds the epoch so far; one window per step (b = ub = ctx), so the step's own loss and
    // accuracy are the differences to the previous step.
    const Measure running_measure = measure(result);
    const double step_loss = running_measure.loss * ibatch - loss_sum_;
    loss_sum_ += step_loss;
    const int64_t correct = std::llround(running_measure.accuracy * running_measure.tokens);
    const double step_accuracy = static_cast<double>(correct - correct_) / train_.ctx;
    correct_ = correct;

    emit({{"type", "step"}, {"step", step_}, {"total_steps", total_steps()}, {"epoch", epoch_},
          {"loss", rounded(running_measure.loss)}, {"accuracy", rounded(running_measure.accuracy)},
          {"step_loss", rounded(step_loss)}, {"step_accuracy", rounded(step_accuracy)}, {"lr", significant(step_lr_)},
          {"tokens_per_second", rounded(train_.ctx / seconds)}, {"step_seconds", rounded(seconds)}});
}

} // namespace oeml
