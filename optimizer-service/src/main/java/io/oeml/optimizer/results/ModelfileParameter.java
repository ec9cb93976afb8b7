package io.oeml.optimizer.results;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One {@code PARAMETER} of a Modelfile.
 *
 * @param value in the JSON type Ollama takes for the option: Integer, Double or Boolean
 * @param text the value as the Modelfile writes it
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ModelfileParameter(String name, Object value, String text) {

    static ModelfileParameter of(String name, Object value) {
        return new ModelfileParameter(name, value, text(value));
    }

    String line() {
        return "PARAMETER " + name + " " + text;
    }

    /**
     * Ollama parses the value with Go's strconv (ParseFloat, ParseInt, ParseBool): a float in plain decimal notation
     * (0.00001, not 1.0E-5), an integer without a fraction, a boolean as true or false.
     */
    private static String text(Object value) {
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
