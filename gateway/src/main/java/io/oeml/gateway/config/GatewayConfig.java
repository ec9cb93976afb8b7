package io.oeml.gateway.config;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Base URL of library-service: models and hosts. */
    @WithDefault("http://127.0.0.1:8081")
    URI libraryServiceUrl();

    /** Base URL of finetune-service: fine-tuning jobs. */
    @WithDefault("http://127.0.0.1:8082")
    URI finetuneServiceUrl();

    /** Base URL of optimizer-service: optimization sessions. */
    @WithDefault("http://127.0.0.1:8083")
    URI optimizerServiceUrl();

    /** How long to wait for a backend to accept a connection before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();
}
