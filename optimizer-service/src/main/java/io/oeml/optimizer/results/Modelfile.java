package io.oeml.optimizer.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Best parameters as an Ollama Modelfile: {@code FROM <model>} and one {@code PARAMETER <name> <value>} line per
 * option, in the order given; what a Modelfile cannot carry is listed in {@code skipped}, never dropped silently.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Modelfile(String from, List<ModelfileParameter> parameters, List<SkippedParameter> skipped) {

    public Modelfile {
        parameters = List.copyOf(parameters);
        skipped = List.copyOf(skipped);
    }

    /** The Modelfile's text, ending with a line break. */
    @JsonProperty("text")
    public String text() {
        return Stream.concat(Stream.of("FROM " + from), parameters.stream().map(ModelfileParameter::line))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** The parameters as {@code /api/create} takes them ({@code parameters} object), typed. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach(parameter -> values.put(parameter.name(), parameter.value()));
        return values;
    }
}
