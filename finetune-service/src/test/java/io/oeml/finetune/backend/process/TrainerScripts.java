package io.oeml.finetune.backend.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/** The scripted trainers and recorded outputs of {@code src/test/resources/trainer}. */
public final class TrainerScripts {

    private static String interpreter;

    private TrainerScripts() {
    }

    /** {@code python3 trainer/scripts/<script> args...}, with the real interpreter so signals reach the script. */
    public static List<String> python(String script, String... args) {
        List<String> command = new ArrayList<>(List.of(interpreter(), resource("trainer/scripts/" + script).toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** {@code python3} may be a wrapper (a pyenv shim is a bash script) that a signal would stop instead. */
    private static synchronized String interpreter() {
        if (interpreter == null) {
            try {
                Process probe = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
                interpreter = new String(probe.getInputStream().readAllBytes()).strip();
                probe.waitFor();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return interpreter;
    }

    public static Path recorded(String name) {
        return resource("trainer/recorded/" + name);
    }

    /** A copy of a script in {@code dir}, made executable: test resources lose their mode when copied. */
    public static Path executable(String script, Path dir) {
        try {
            Path copy = Files.copy(resource("trainer/scripts/" + script), dir.resolve(script));
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path resource(String name) {
        try {
            return Path.of(TrainerScripts.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
