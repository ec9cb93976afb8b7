package io.oeml.agent.command;

import java.util.List;

/** Runs an external tool (nvidia-smi, sysctl, dmidecode) and returns its output; tests substitute recorded outputs. */
public interface CommandRunner {

    /** Runs {@code command} (program first) and never throws: a missing tool or a timeout is a failed result. */
    CommandResult run(List<String> command);
}
