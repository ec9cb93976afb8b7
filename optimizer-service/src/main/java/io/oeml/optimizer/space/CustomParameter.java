package io.oeml.optimizer.space;

import java.util.List;

/**
 * One parameter of a user's custom space as it arrives in JSON ({@code {name, type, low, high, log, choices}}); any
 * field may be missing. {@link CustomSpace#of} validates it.
 *
 * @param type {@code float}, {@code int} or {@code categorical}
 * @param log search on a logarithmic scale (numbers only; low must be above 0)
 * @param choices a categorical's values as strings, e.g. {@code ["2048","4096"]} for num_ctx, {@code ["true","false"]}
 */
public record CustomParameter(String name, String type, Double low, Double high, Boolean log, List<String> choices) {
}
