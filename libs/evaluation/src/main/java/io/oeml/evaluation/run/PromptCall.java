package io.oeml.evaluation.run;

import io.oeml.evaluation.suite.PromptInput;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.generate.ChatRequest;
import io.oeml.ollama.client.generate.GenerateRequest;
import io.oeml.ollama.client.generate.Message;
import io.oeml.ollama.client.generate.Metrics;
import io.oeml.ollama.client.generate.Options;
import io.smallrye.mutiny.Uni;

/** Sends one prompt, not streamed: a text prompt to {@code /api/generate}, a chat to {@code /api/chat}. */
final class PromptCall {

    record Reply(String answer, String doneReason, Metrics metrics) {
    }

    private PromptCall() {
    }

    static Uni<Reply> send(OllamaClient client, String model, Options options, PromptInput input) {
        if (input instanceof PromptInput.Chat chat) {
            return client.chat(ChatRequest.builder(model).messages(chat.turns().stream()
                    .map(t -> new Message(t.role(), t.content(), null, null, null, null, null)).toList())
                    .options(options).build())
                    .map(r -> new Reply(r.message().content(), r.doneReason(), r.metrics()));
        }
        PromptInput.Text text = (PromptInput.Text) input;
        return client.generate(GenerateRequest.builder(model).prompt(text.prompt()).options(options).build())
                .map(r -> new Reply(r.response(), r.doneReason(), r.metrics()));
    }
}
