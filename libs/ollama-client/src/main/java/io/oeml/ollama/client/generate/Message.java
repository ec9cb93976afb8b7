package io.oeml.ollama.client.generate;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A chat message ({@code api.Message}).
 *
 * @param role system | user | assistant | tool
 * @param toolName the tool whose result this message carries (v0.9.6+)
 * @param toolCallId the call this result answers (v0.12.10+)
 */
public record Message(
        String role,
        String content,
        String thinking,
        List<String> images,
        @JsonProperty("tool_calls") List<ToolCall> toolCalls,
        @JsonProperty("tool_name") String toolName,
        @JsonProperty("tool_call_id") String toolCallId) {

    public Message {
        content = content == null ? "" : content;
    }

    public static Message system(String content) {
        return new Message("system", content, null, null, null, null, null);
    }

    public static Message user(String content) {
        return new Message("user", content, null, null, null, null, null);
    }

    public static Message assistant(String content) {
        return new Message("assistant", content, null, null, null, null, null);
    }

    /** The result of a tool call, to send back to the model. */
    public static Message tool(String toolName, String content) {
        return new Message("tool", content, null, null, null, toolName, null);
    }

    public Message withImages(List<String> base64Images) {
        return new Message(role, content, thinking, base64Images, toolCalls, toolName, toolCallId);
    }
}
