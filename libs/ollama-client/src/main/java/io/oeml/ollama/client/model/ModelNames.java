package io.oeml.ollama.client.model;

import java.util.Locale;

/** How Ollama compares model names: case-insensitively, a missing tag meaning {@code latest}. */
public final class ModelNames {

    private ModelNames() {
    }

    /** {@code Llama3.2} → {@code llama3.2:latest}; a registry path's own colon (host:port/...) is not a tag. */
    public static String tagged(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.substring(lower.lastIndexOf('/') + 1).contains(":") ? lower : lower + ":latest";
    }

    public static boolean same(String a, String b) {
        return tagged(a).equals(tagged(b));
    }
}
