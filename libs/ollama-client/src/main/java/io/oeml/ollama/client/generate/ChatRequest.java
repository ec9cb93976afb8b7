package io.oeml.ollama.client.generate;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /api/chat} ({@code api.ChatRequest}). {@code stream} is set by the client method you call. Empty
 * {@code messages} loads the model; with {@code keep_alive: 0} it unloads it.
 */
public record ChatRequest(
        String model,
        List<Message> messages,
        List<Tool> tools,
        Format format,
        Options options,
        Boolean stream,
        @JsonProperty("keep_alive") KeepAlive keepAlive,
        Think think,
        Boolean truncate,
        Boolean shift,
        Boolean logprobs,
        @JsonProperty("top_logprobs") Integer topLogprobs) {

    public static ChatRequest of(String model, Message... messages) {
        return builder(model).messages(List.of(messages)).build();
    }

    public static Builder builder(String model) {
        return new Builder().model(model);
    }

    public ChatRequest withStream(boolean s) {
        return new ChatRequest(model, messages, tools, format, options, s, keepAlive, think, truncate, shift, logprobs,
                topLogprobs);
    }

    public static final class Builder {
        private String model;
        private List<Message> messages = new ArrayList<>();
        private List<Tool> tools;
        private Format format;
        private Options options;
        private Boolean stream;
        private KeepAlive keepAlive;
        private Think think;
        private Boolean truncate;
        private Boolean shift;
        private Boolean logprobs;
        private Integer topLogprobs;

        public Builder model(String v) {
            model = v;
            return this;
        }

        public Builder messages(List<Message> v) {
            messages = new ArrayList<>(v);
            return this;
        }

        public Builder message(Message v) {
            messages.add(v);
            return this;
        }

        public Builder tools(List<Tool> v) {
            tools = v;
            return this;
        }

        public Builder format(Format v) {
            format = v;
            return this;
        }

        public Builder options(Options v) {
            options = v == null || v.isEmpty() ? null : v;
            return this;
        }

        public Builder stream(Boolean v) {
            stream = v;
            return this;
        }

        public Builder keepAlive(KeepAlive v) {
            keepAlive = v;
            return this;
        }

        public Builder think(Think v) {
            think = v;
            return this;
        }

        public Builder truncate(Boolean v) {
            truncate = v;
            return this;
        }

        public Builder shift(Boolean v) {
            shift = v;
            return this;
        }

        public Builder logprobs(Boolean v) {
            logprobs = v;
            return this;
        }

        public Builder topLogprobs(Integer v) {
            topLogprobs = v;
            return this;
        }

        public ChatRequest build() {
            return new ChatRequest(model, List.copyOf(messages), tools, format, options, stream, keepAlive, think,
                    truncate, shift, logprobs, topLogprobs);
        }
    }
}
