package io.oeml.library.benchmark.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.oeml.library.benchmark.service.BenchmarkReportHandler;
import io.oeml.library.fleet.FleetConfig;
import io.oeml.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/**
 * Consumes {@code hardware.benchmarks} through the {@link IdempotentConsumer}, with the capacity consumer's retry
 * settings ({@code fleet.apply-retry.*}); what can never be applied goes to {@code library.benchmarks.dlq}.
 */
@ApplicationScoped
public class BenchmarkConsumer {

    private final IdempotentConsumer consumer;
    private final BenchmarkReportHandler handler;
    private final IdempotentConsumer.Retry retry;

    public BenchmarkConsumer(IdempotentConsumer consumer, BenchmarkReportHandler handler, FleetConfig config) {
        this.consumer = consumer;
        this.handler = handler;
        FleetConfig.ApplyRetry r = config.applyRetry();
        this.retry = new IdempotentConsumer.Retry(r.initialBackoff(), r.maxBackoff(), r.maxRetries());
    }

    @Incoming("benchmarks-in")
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, retry, handler::apply);
    }
}
