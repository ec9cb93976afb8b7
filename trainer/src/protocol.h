// The trainer's side of finetune-service/docs/trainer-protocol.md: one JSON object per line on stdout,
// everything else (llama.cpp's own logging) on stderr.
#pragma once

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace oeml {

using json = nlohmann::json;

// Writes one message line and flushes at once: the service shows progress as it arrives.
void emit(const json & message);

void emit_phase(const std::string & phase, const std::string & message);
void emit_log(const std::string & level, const std::string & message);

// Rounds for display (4 decimals): a loss of 1.0417 says as much as 1.04170000000000007.
double rounded(double value);

// Six significant digits, for small figures such as a learning rate (1e-4f reads 0.0001, not 9.99999974e-05).
double significant(double value);

// The process exit codes the protocol defines.
enum ExitCode { EXIT_OK = 0, EXIT_OTHER = 1, EXIT_BAD_ARGUMENTS = 2, EXIT_BAD_INPUT = 3, EXIT_CANCELLED = 130 };

// A reason to give up, carried up to main(), which prints it as the one `failure` line and exits with `exit_code`.
class Failure : public std::runtime_error {
public:
    Failure(std::string code, const std::string & message, int exit_code)
        : std::runtime_error(message), code(std::move(code)), exit_code(exit_code) {}

    const std::string code;
    const int exit_code;
};

// The failures by name, so each call site reads as what went wrong.
Failure bad_arguments(const std::string & message);
Failure unsupported_architecture(const std::string & message);
Failure model_unreadable(const std::string & message);
Failure data_unreadable(const std::string & message);
Failure not_enough_data(const std::string & message);
Failure out_of_memory(const std::string & message);
Failure cancelled();
Failure internal(const std::string & message);

} // namespace oeml
