package io.oeml.library.compare.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.QueryParam;

import io.oeml.library.web.ModelNames;
import io.oeml.rest.FreeText;

/** The query parameters of a comparison: 2 to 10 distinct models, on {@code host} or the default host. */
public record CompareParams(
        @QueryParam("models") @NotNull(message = "is required: 2 to 10 comma-separated model names")
        @ModelNames.Count(min = 2, max = 10) ModelNames models,
        @QueryParam("host") String host) {

    public CompareParams {
        host = FreeText.of(host);
    }
}
