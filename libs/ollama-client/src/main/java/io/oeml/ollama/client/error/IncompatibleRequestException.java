package io.oeml.ollama.client.error;

import io.oeml.ollama.client.version.CompatibilityReport;

/** With {@code OptionPolicy.REJECT}: the request carried options or fields the host's version would ignore. */
public class IncompatibleRequestException extends OllamaException {

    private final CompatibilityReport report;

    public IncompatibleRequestException(String baseUrl, String path, CompatibilityReport report) {
        super(baseUrl, path, "request to " + path + " on " + baseUrl + " not sent: " + report.summary(), null);
        this.report = report;
    }

    public CompatibilityReport report() {
        return report;
    }
}
