package io.oeml.finetune.deploy.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.deploy.DeployConfig;
import io.oeml.finetune.deploy.DeploymentFailedException;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.generate.ChatRequest;
import io.oeml.ollama.client.generate.Message;
import io.oeml.ollama.client.generate.Options;
import io.smallrye.mutiny.Uni;

/** One short chat with a just-created model: it must answer with some text, within a bounded time and length. */
@ApplicationScoped
public class SmokePrompt {

    private final DeployConfig.Smoke config;

    public SmokePrompt(DeployConfig config) {
        this.config = config.smoke();
    }

    /** The reply, or a {@link DeploymentFailedException#SMOKE_FAILED} naming why there is none. */
    public Uni<String> ask(OllamaClient ollama, String model) {
        ChatRequest chat = ChatRequest.builder(model).message(Message.user(config.prompt()))
                .options(Options.builder().numPredict(config.numPredict()).temperature(0).seed(1).build()).build();
        return ollama.chat(chat)
                .ifNoItem().after(config.timeout()).failWith(() -> new DeploymentFailedException(
                        DeploymentFailedException.SMOKE_FAILED, model + " did not answer the smoke prompt within "
                        + config.timeout().toSeconds() + " s"))
                .onFailure(f -> !(f instanceof DeploymentFailedException)).transform(f ->
                        new DeploymentFailedException(DeploymentFailedException.SMOKE_FAILED, model
                                + " failed the smoke prompt: " + f.getMessage(), f))
                .map(reply -> {
                    String text = reply.message() == null ? "" : reply.message().content().strip();
                    if (text.isEmpty()) {
                        throw new DeploymentFailedException(DeploymentFailedException.SMOKE_FAILED, model
                                + " answered the smoke prompt with no text");
                    }
                    return text;
                });
    }
}
