package io.oeml.agent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.oeml.agent.command.CommandResult;
import io.oeml.agent.command.CommandRunner;

/** A command runner that answers with recorded outputs by program name; unknown programs are missing tools. */
public final class RecordedCommands implements CommandRunner {

    private final Map<String, CommandResult> answers = new HashMap<>();

    public RecordedCommands answer(String program, CommandResult result) {
        answers.put(program, result);
        return this;
    }

    @Override
    public CommandResult run(List<String> command) {
        return answers.getOrDefault(command.get(0), CommandResult.failed(-1, "", command.get(0) + " not found"));
    }
}
