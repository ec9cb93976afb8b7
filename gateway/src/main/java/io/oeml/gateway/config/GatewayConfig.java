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

    /** How long to wait for a backend to accept a TCP connection before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * Connections the gateway keeps to each backend per event loop (each loop proxies through a pool of its own,
     * routing/EventLoopProxies), i.e. how many requests per backend and loop are in flight at once. Above that, a
     * request waits (at most {@link #poolWaitTimeout()}) for a connection of its loop to come free.
     */
    @WithDefault("64")
    int backendPoolSize();

    /** How long a request may wait for a free backend connection before it is answered 503 DEPENDENCY_BUSY. */
    @WithDefault("5s")
    Duration poolWaitTimeout();
}
