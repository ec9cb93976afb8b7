package io.oeml.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * The {@code postmaster.pid} lock file of a Postgres data directory. Postgres calls a lock stale only when
 * {@code kill(pid, 0)} fails; for root (zonky runs the server as root inside {@code unshare -U}, whose processes
 * keep kernel uid 0) that call succeeds on every process, so a postmaster killed hard leaves a lock that blocks
 * the next start for as long as its pid is a zombie not yet reaped, or belongs to any other process later.
 * Here a lock counts as live only if its pid runs, is not a zombie, and works in this data directory.
 */
final class PostmasterPidFile {

    private static final Path PROC = Path.of("/proc");
    private static final Duration CHILDREN_EXIT_TIMEOUT = Duration.ofSeconds(10);

    private final Path dataDir;
    private final Path file;

    PostmasterPidFile(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.file = this.dataDir.resolve("postmaster.pid");
    }

    /** The pid of the postmaster serving this data directory, if one runs. */
    OptionalLong livePid() {
        OptionalLong pid = recordedPid();
        return pid.isPresent() && servesThisDirectory(pid.getAsLong()) ? pid : OptionalLong.empty();
    }

    /**
     * Removes the lock if the process it names is gone, once the dead postmaster's children (which share its
     * memory and exit soon after it) are gone too; a live postmaster's lock is left alone.
     */
    void removeIfStale() {
        if (recordedPid().isEmpty() || livePid().isPresent()) {
            return;
        }
        awaitNoProcessWorkingHere();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new InfraException("could not remove the stale " + file, e);
        }
    }

    private void awaitNoProcessWorkingHere() {
        long deadline = System.nanoTime() + CHILDREN_EXIT_TIMEOUT.toNanos();
        List<Long> remaining = processesWorkingHere();
        while (!remaining.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new InfraException("processes of a dead Postgres still run in " + dataDir + ": " + remaining);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfraException("interrupted while waiting for old Postgres processes to exit", e);
            }
            remaining = processesWorkingHere();
        }
    }

    private List<Long> processesWorkingHere() {
        if (!Files.isDirectory(PROC)) {
            return List.of();
        }
        return ProcessHandle.allProcesses().map(ProcessHandle::pid).filter(this::worksHere).toList();
    }

    private OptionalLong recordedPid() {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() || lines.get(0).isBlank()
                    ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            throw new InfraException("unreadable " + file, e);
        }
    }

    private boolean servesThisDirectory(long pid) {
        if (!Files.isDirectory(PROC)) {
            // No /proc (not Linux): all we can tell is whether the pid runs.
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        return worksHere(pid);
    }

    /** Whether {@code pid} is a running process (not a zombie) whose working directory is this data directory. */
    private boolean worksHere(long pid) {
        Path process = PROC.resolve(Long.toString(pid));
        try {
            String stat = Files.readString(process.resolve("stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            // Postgres processes run in their data directory (the postmaster chdirs there at startup).
            return state != 'Z' && state != 'X'
                    && Files.readSymbolicLink(process.resolve("cwd")).equals(dataDir.toRealPath());
        } catch (IOException gone) {
            return false;
        }
    }
}
