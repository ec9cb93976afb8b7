#include "protocol.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace oeml {

void emit(const json & message) {
    // dump() never throws on the UTF-8 we build; invalid bytes from a dataset are replaced, not fatal.
    const std::string line = message.dump(-1, ' ', false, json::error_handler_t::replace);
    std::fputs(line.c_str(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void emit_phase(const std::string & phase, const std::string & message) {
    emit({{"type", "phase"}, {"phase", phase}, {"message", message}});
}

void emit_log(const std::string & level, const std::string & message) {
    emit({{"type", "log"}, {"level", level}, {"message", message}});
}

double rounded(double value) {
    return std::isfinite(value) ? std::round(value * 1e4) / 1e4 : value;
}

double significant(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return std::strtod(text, nullptr);
}

Failure bad_arguments(const std::string & message) {
    return Failure("BAD_ARGUMENTS", message, EXIT_BAD_ARGUMENTS);
}

Failure unsupported_architecture(const std::string & message) {
    return Failure("UNSUPPORTED_ARCHITECTURE", message, EXIT_BAD_INPUT);
}

Failure model_unreadable(const std::string & message) {
    return Failure("MODEL_UNREADABLE", message, EXIT_BAD_INPUT);
}

Failure data_unreadable(const std::string & message) {
    return Failure("DATA_UNREADABLE", message, EXIT_BAD_INPUT);
}

Failure not_enough_data(const std::string & message) {
    return Failure("NOT_ENOUGH_DATA", message, EXIT_BAD_INPUT);
}

Failure out_of_memory(const std::string & message) {
    return Failure("OUT_OF_MEMORY", message, EXIT_OTHER);
}

Failure cancelled() {
    return Failure("CANCELLED", "stopped by a signal; the running step abandoned, partial output removed", EXIT_CANCELLED);
}

Failure internal(const std::string & message) {
    return Failure("INTERNAL", message, EXIT_OTHER);
}

} // namespace oeml
