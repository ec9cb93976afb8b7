package io.oeml.ollama.client.generate;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /api/generate} ({@code api.GenerateRequest}). {@code stream} is set by the client method you call
 * ({@code generate} or {@code generateStream}). An empty prompt loads the model; with {@code keep_alive: 0} it
 * unloads it.
 */
public record GenerateRequest(
        String model,
        String prompt,
        String suffix,
        String system,
        String template,
        List<Integer> context,
        Boolean stream,
        Boolean raw,
        Format format,
        @JsonProperty("keep_alive") KeepAlive keepAlive,
        List<String> images,
        Options options,
        Think think,
        Boolean truncate,
        Boolean shift,
        Boolean logprobs,
        @JsonProperty("top_logprobs") Integer topLogprobs) {

    public static GenerateRequest of(String model, String prompt) {
        return builder(model).prompt(prompt).build();
    }

    public static Builder builder(String model) {
        return new Builder().model(model);
    }

    public Builder toBuilder() {
        return new Builder().model(model).prompt(prompt).suffix(suffix).system(system).template(template)
                .context(context).raw(raw).format(format).keepAlive(keepAlive).images(images).options(options)
                .think(think).truncate(truncate).shift(shift).logprobs(logprobs).topLogprobs(topLogprobs)
                .stream(stream);
    }

    public GenerateRequest withStream(boolean s) {
        return new GenerateRequest(model, prompt, suffix, system, template, context, s, raw, format, keepAlive, images,
                options, think, truncate, shift, logprobs, topLogprobs);
    }

    public static final class Builder {
        private String model;
        private String prompt;
        private String suffix;
        private String system;
        private String template;
        private List<Integer> context;
        private Boolean stream;
        private Boolean raw;
        private Format format;
        private KeepAlive keepAlive;
        private List<String> images;
        private Options options;
        private Think think;
        private Boolean truncate;
        private Boolean shift;
        private Boolean logprobs;
        private Integer topLogprobs;

        public Builder model(String v) {
            model = v;
            return this;
        }

        public Builder prompt(String v) {
            prompt = v;
            return this;
        }

        /** Fill-in-the-middle text after the insertion point (capability {@code insert}). */
        public Builder suffix(String v) {
            suffix = v;
            return this;
        }

        public Builder system(String v) {
            system = v;
            return this;
        }

        public Builder template(String v) {
            template = v;
            return this;
        }

        /** Deprecated conversation state returned by a previous reply. */
        public Builder context(List<Integer> v) {
            context = v;
            return this;
        }

        public Builder stream(Boolean v) {
            stream = v;
            return this;
        }

        public Builder raw(Boolean v) {
            raw = v;
            return this;
        }

        public Builder format(Format v) {
            format = v;
            return this;
        }

        public Builder keepAlive(KeepAlive v) {
            keepAlive = v;
            return this;
        }

        public Builder images(List<String> v) {
            images = v;
            return this;
        }

        public Builder options(Options v) {
            options = v == null || v.isEmpty() ? null : v;
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

        public GenerateRequest build() {
            return new GenerateRequest(model, prompt, suffix, system, template, context, stream, raw, format, keepAlive,
                    images, options, think, truncate, shift, logprobs, topLogprobs);
        }
    }
}
