package io.oeml.infra;

import java.io.IOException;
import java.util.List;

/**
 * Stops a process we started once the JVM that owns it is gone, even when that JVM was killed hard
 * and its shutdown hooks never ran. The guard is a detached shell loop, so it outlives the owner.
 */
final class OrphanGuard {

    private OrphanGuard() {
    }

    /**
     * Watches {@code ownerPid}; when it disappears while {@code childPid} still runs, runs {@code stopCommand}
     * (a shell command line). The guard ends by itself once the child has exited.
     */
    static void watch(long ownerPid, long childPid, String stopCommand) {
        String loop = "while kill -0 " + ownerPid + " 2>/dev/null && kill -0 " + childPid + " 2>/dev/null;"
                + " do sleep 1; done; kill -0 " + childPid + " 2>/dev/null && " + stopCommand;
        try {
            new ProcessBuilder(List.of("setsid", "sh", "-c", loop))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new InfraException("could not start the orphan guard for " + stopCommand, e);
        }
    }

    static long currentPid() {
        return ProcessHandle.current().pid();
    }
}
