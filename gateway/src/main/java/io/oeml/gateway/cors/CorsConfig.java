package io.oeml.gateway.cors;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Pattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which browser origins may call the API across origins; none listed: CORS is off. */
@ConfigMapping(prefix = "gateway.cors")
public interface CorsConfig {

    /** Origins allowed to call the gateway from a browser, each {@code scheme://host[:port]}; absent: CORS is off. */
    Optional<Set<@Pattern(regexp = "https?://[^/?#\\s]+", message = "must be an origin: scheme://host[:port]") String>>
            origins();

    /** How long a browser may cache a preflight answer. */
    @WithDefault("1h")
    Duration maxAge();
}
