#include "args.h"

#include "protocol.h"

#include <cstdlib>
#include <functional>
#include <map>

namespace oeml {

namespace {

const char * USAGE =
    "usage: oeml-trainer train --model BASE.gguf --train train.jsonl [--val val.jsonl] --out OUT.gguf [options]\n"
    "       oeml-trainer count-tokens --model BASE.gguf --data data.jsonl\n"
    "       oeml-trainer inspect --model MODEL.gguf\n"
    "(options: finetune-service/docs/trainer-protocol.md)";

double number(const std::string & option, const std::string & value) {
    char * end = nullptr;
    const double parsed = std::strtod(value.c_str(), &end);
    if (value.empty() || *end != '\0') {
        throw bad_arguments(option + " needs a number, got '" + value + "'");
    }
    return parsed;
}

long integer(const std::string & option, const std::string & value, long min, long max) {
    const double parsed = number(option, value);
    if (parsed != static_cast<double>(static_cast<long>(parsed)) || parsed < min || parsed > max) {
        throw bad_arguments(option + " needs a whole number in [" + std::to_string(min) + ", " + std::to_string(max)
                            + "], got '" + value + "'");
    }
    return static_cast<long>(parsed);
}

float fraction(const std::string & option, const std::string & value, double min, double max) {
    const double parsed = number(option, value);
    if (!(parsed >= min && parsed <= max)) {
        throw bad_arguments(option + " must be in [" + std::to_string(min) + ", " + std::to_string(max) + "], got '"
                            + value + "'");
    }
    return static_cast<float>(parsed);
}

void check_train(const TrainOptions & o) {
    if (o.model.empty() || o.train.empty() || o.out.empty()) {
        throw bad_arguments(std::string("train needs --model, --train and --out\n") + USAGE);
    }
    if (o.ctx % 256 != 0) {
        throw bad_arguments("--ctx must be a multiple of 256 (llama.cpp's training graph), got " + std::to_string(o.ctx));
    }
    if (o.lr_min > o.lr) {
        throw bad_arguments("--lr-min must not exceed --lr");
    }
    if (o.optimizer != "adamw" && o.optimizer != "sgd") {
        throw bad_arguments("--optimizer must be adamw or sgd, got '" + o.optimizer + "'");
    }
    if (o.quantize != "Q8_0" && o.quantize != "Q4_K_M" && o.quantize != "F16" && o.quantize != "F32") {
        throw bad_arguments("--quantize must be Q8_0, Q4_K_M, F16 or F32, got '" + o.quantize + "'");
    }
}

} // namespace

Command parse_command_line(const std::vector<std::string> & args) {
    if (args.empty() || (args[0] != "train" && args[0] != "count-tokens" && args[0] != "inspect")) {
        throw bad_arguments(USAGE);
    }
    Command command;
    command.name = args[0];
    TrainOptions & t = command.train;
    CountOptions & c = command.count;
    InspectOptions & m = command.inspect;

    // Each option that takes a value, with what to do with it.
    using Setter = std::function<void(const std::string &)>;
    std::map<std::string, Setter> valued;
    std::map<std::string, std::function<void()>> flags;
    if (command.name == "train") {
        valued = {
            {"--model", [&](const std::string & v) { t.model = v; }},
            {"--train", [&](const std::string & v) { t.train = v; }},
            {"--val", [&](const std::string & v) { t.val = v; }},
            {"--out", [&](const std::string & v) { t.out = v; }},
            {"--ctx", [&](const std::string & v) { t.ctx = integer("--ctx", v, 256, 32768); }},
            {"--epochs", [&](const std::string & v) { t.epochs = integer("--epochs", v, 1, 1000); }},
            {"--max-steps", [&](const std::string & v) { t.max_steps = integer("--max-steps", v, 1, 10000000); }},
            {"--lr", [&](const std::string & v) { t.lr = fraction("--lr", v, 1e-12, 1.0); }},
            {"--lr-min", [&](const std::string & v) { t.lr_min = fraction("--lr-min", v, 0.0, 1.0); }},
            {"--warmup-steps", [&](const std::string & v) { t.warmup_steps = integer("--warmup-steps", v, 0, 1000000); }},
            {"--warmup-max-fraction",
             [&](const std::string & v) { t.warmup_max_fraction = fraction("--warmup-max-fraction", v, 0.0, 1.0); }},
            {"--schedule",
             [&](const std::string & v) {
                 if (v != "cosine" && v != "linear") {
                     throw bad_arguments("--schedule must be cosine or linear, got '" + v + "'");
                 }
                 t.schedule = v == "cosine" ? Schedule::COSINE : Schedule::LINEAR;
             }},
            {"--optimizer", [&](const std::string & v) { t.optimizer = v; }},
            {"--weight-decay", [&](const std::string & v) { t.weight_decay = fraction("--weight-decay", v, 0.0, 1.0); }},
            {"--seed", [&](const std::string & v) { t.seed = integer("--seed", v, 0, 4294967295L); }},
            {"--threads", [&](const std::string & v) { t.threads = integer("--threads", v, 1, 1024); }},
            {"--context-length",
             [&](const std::string & v) { t.context_length = integer("--context-length", v, 1, 16777216); }},
            {"--chat-template-from", [&](const std::string & v) { t.chat_template_from = v; }},
            {"--quantize", [&](const std::string & v) { t.quantize = v; }},
        };
        flags = {
            {"--shuffle", [&] { t.shuffle = true; }},
            {"--no-shuffle", [&] { t.shuffle = false; }},
        };
    } else if (command.name == "count-tokens") {
        valued = {
            {"--model", [&](const std::string & v) { c.model = v; }},
            {"--data", [&](const std::string & v) { c.data = v; }},
        };
    } else {
        valued = {{"--model", [&](const std::string & v) { m.model = v; }}};
    }

    for (size_t i = 1; i < args.size(); ++i) {
        const std::string & option = args[i];
        if (auto flag = flags.find(option); flag != flags.end()) {
            flag->second();
        } else if (auto setter = valued.find(option); setter != valued.end()) {
            if (i + 1 >= args.size()) {
                throw bad_arguments(option + " needs a value");
            }
            setter->second(args[++i]);
        } else {
            throw bad_arguments("unknown option '" + option + "' for " + command.name + "\n" + USAGE);
        }
    }

    if (command.name == "train") {
        check_train(t);
        if (t.chat_template_from.empty()) {
            t.chat_template_from = t.model;
        }
    } else if (command.name == "count-tokens" && (c.model.empty() || c.data.empty())) {
        throw bad_arguments(std::string("count-tokens needs --model and --data\n") + USAGE);
    } else if (command.name == "inspect" && m.model.empty()) {
        throw bad_arguments(std::string("inspect needs --model\n") + USAGE);
    }
    return command;
}

} // namespace oeml
