package io.oeml.library.catalog.model;

import java.util.Locale;

/** Library categories. A model can be in several. */
public enum Category {
    GENERAL, CODE, VISION, MATH, EMBEDDING, SMALL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a category name or one of the catalog's aliases; null when unknown. */
    public static Category fromWire(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "general", "general-chat", "chat" -> GENERAL;
            case "code", "coding" -> CODE;
            case "vision" -> VISION;
            case "math", "reasoning" -> MATH;
            case "embedding", "embeddings" -> EMBEDDING;
            case "small", "small-edge", "edge" -> SMALL;
            default -> null;
        };
    }
}
