package io.oeml.library.web;

/** A parameter count as a query parameter takes it: {@code 8000000000}, {@code 8B}, {@code 7.5b}, {@code 335M}. */
public record ParameterCountParam(long count) {
}
