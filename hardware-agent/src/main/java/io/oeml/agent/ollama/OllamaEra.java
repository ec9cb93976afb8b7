package io.oeml.agent.ollama;

/**
 * The loader era of an Ollama version (shared/reference/ollama.md §0): A static estimator up to v0.11.10, B
 * backend-measured layouts from v0.11.11 (for Ollama-engine models; all models from v0.12.11), C llama-server from
 * v0.30.0. Source builds ({@code 0.0.0}) and unparseable versions have no era.
 */
public final class OllamaEra {

    private OllamaEra() {
    }

    public static String of(String version) {
        if (version == null) {
            return null;
        }
        String[] parts = version.strip().replaceFirst("^v", "").split("[.-]");
        if (parts.length < 3) {
            return null;
        }
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = Integer.parseInt(parts[1]);
            int patch = Integer.parseInt(parts[2]);
            if (major == 0 && minor == 0 && patch == 0) {
                return null;
            }
            if (major > 0 || minor >= 30) {
                return "C";
            }
            if (minor > 11 || (minor == 11 && patch >= 11)) {
                return "B";
            }
            return "A";
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
