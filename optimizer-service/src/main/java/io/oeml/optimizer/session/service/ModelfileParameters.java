package io.oeml.optimizer.session.service;

import java.util.Map;
import java.util.stream.Collectors;

/** Options as a Modelfile {@code PARAMETER} block, one line per option, to paste after {@code FROM}. */
final class ModelfileParameters {

    private ModelfileParameters() {
    }

    static String of(Map<String, Object> options) {
        return options.entrySet().stream().map(e -> "PARAMETER " + e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
