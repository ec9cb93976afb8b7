package io.oeml.library.benchmark.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.oeml.library.benchmark.service.BenchmarkReportHandler;
import io.oeml.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/**
 * Consumes {@code hardware.benchmarks} through the {@link IdempotentConsumer}, retrying as every consumer does
 * ({@code outbox.consumer-retry.*}); what can never be applied goes to {@code library.benchmarks.dlq}.
 */
@ApplicationScoped
public class BenchmarkConsumer {

    private final IdempotentConsumer consumer;
    private final BenchmarkReportHandler handler;

    public BenchmarkConsumer(IdempotentConsumer consumer, BenchmarkReportHandler handler) {
        this.consumer = consumer;
        this.handler = handler;
    }

    @Incoming("benchmarks-in")
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handler::apply);
    }
}
