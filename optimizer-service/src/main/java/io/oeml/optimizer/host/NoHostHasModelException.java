package io.oeml.optimizer.host;

import java.util.List;

/** No Ollama host the service knows has the model installed: a 404 MODEL_NOT_FOUND. */
public class NoHostHasModelException extends RuntimeException {

    public NoHostHasModelException(String modelName, List<String> hostsAsked) {
        super("no Ollama host has model '" + modelName + "' (asked: " + String.join(", ", hostsAsked) + ")");
    }
}
