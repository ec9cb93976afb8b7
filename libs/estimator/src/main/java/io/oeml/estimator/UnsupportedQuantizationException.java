package io.oeml.estimator;

import java.util.List;

/** A quantization (file type) whose tensor layout the estimator cannot rebuild, such as {@code Q7_X} or {@code IQ2_XS}. */
public class UnsupportedQuantizationException extends EstimateException {

    private final String quantization;

    public UnsupportedQuantizationException(String quantization, List<String> supported) {
        super("quantization '" + quantization + "' is not one the estimator can rebuild; use one of "
                + String.join(", ", supported));
        this.quantization = quantization;
    }

    public String quantization() {
        return quantization;
    }
}
