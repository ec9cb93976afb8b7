package io.oeml.ollama.client.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** How Ollama compares model names: case-insensitively, a missing tag meaning {@code latest}. */
public final class ModelNames {

    /**
     * A model name to create on a host: {@code [namespace/]model[:tag]}, each part as Ollama's {@code types/model}
     * accepts it (a letter, digit or underscore first, then those, '-' and, outside the namespace, '.'; at most 80
     * characters). No registry host part: the model is local. A model part of two characters at least, which every
     * Ollama release accepts.
     */
    private static final Pattern LOCAL_NAME = Pattern.compile(
            "^(?:[A-Za-z0-9_][A-Za-z0-9_-]{0,79}/)?[A-Za-z0-9_][A-Za-z0-9_.-]{1,79}(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,79})?$");

    /** What {@link #isLocalName} accepts, for messages. */
    public static final String LOCAL_NAME_RULE = "[namespace/]model[:tag] of letters, digits, '_', '-' and '.' "
            + "(not in the namespace), each part at most 80 characters";

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

    /** True for a name a local model can be created under (see {@link #LOCAL_NAME_RULE}). */
    public static boolean isLocalName(String name) {
        return name != null && LOCAL_NAME.matcher(name).matches() && !name.contains("..");
    }

    /** True when the name carries a {@code :tag} after its model part. */
    public static boolean hasTag(String name) {
        return name != null && name.substring(name.lastIndexOf('/') + 1).contains(":");
    }
}
