package io.oeml.library.benchmark;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "benchmark")
public interface BenchmarkConfig {

    /** A measured decode speed this many percent below the previous run with the same key is a regression (event). */
    @WithDefault("20")
    double regressionThresholdPercent();

    /** num_ctx of a requested benchmark when the request names none (the agents' own default too). */
    @WithDefault("2048")
    int defaultNumCtx();

    /** Runs listed per host by {@code GET /hosts/{host_id}/benchmarks}, newest first. */
    @WithDefault("50")
    int historyLimit();
}
