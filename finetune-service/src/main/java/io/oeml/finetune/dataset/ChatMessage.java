package io.oeml.finetune.dataset;

/** One turn of a training conversation, the form every dataset format is converted to for the trainers. */
public record ChatMessage(String role, String content) {

    public static final String SYSTEM = "system";
    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";
}
