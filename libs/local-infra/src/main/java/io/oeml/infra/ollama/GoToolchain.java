package io.oeml.infra.ollama;

import java.util.List;

import io.oeml.infra.InfraException;

/** The Go command that builds Ollama and kustomize from the Go module proxy. */
public final class GoToolchain {

    private GoToolchain() {
    }

    /** go on the PATH, else where the official tarball puts it; {@code purpose} says in the error what needs it. */
    public static String command(String purpose) {
        for (String go : List.of("go", "/usr/local/go/bin/go")) {
            if (Commands.firstLine(List.of(go, "version")) != null) {
                return go;
            }
        }
        throw new InfraException("Go is needed " + purpose + " (install it from https://go.dev/dl and put go on the"
                + " PATH)");
    }
}
