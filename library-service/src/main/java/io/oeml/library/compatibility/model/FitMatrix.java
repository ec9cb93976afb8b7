package io.oeml.library.compatibility.model;

import java.util.List;
import java.util.Map;

/** Which model can run on which fleet host: one row per model, one cell per host id. */
public record FitMatrix(List<String> hosts, List<Row> rows) {

    public record Row(String model, Map<String, FitView> hosts) {
    }
}
