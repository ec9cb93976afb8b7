package io.oeml.gateway.openapi;

/** The aggregated document, written once per build in both formats it is served in. */
record RenderedDocument(String json, String yaml) {
}
