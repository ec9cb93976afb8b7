package io.oeml.library.catalog.messaging;

import java.time.Duration;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.oeml.library.catalog.service.CatalogService;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Closes the gap between the catalog loaded at startup and the first {@code catalog.changed} event this replica reads:
 * once partitions are assigned it fixes their positions (the end of the topic, for a new group), then reloads the
 * catalog. An event before a position was published, so committed, before the reload reads Postgres; an event after it
 * is consumed.
 */
@ApplicationScoped
@Identifier(CatalogChangesRebalanceListener.NAME)
public class CatalogChangesRebalanceListener implements KafkaConsumerRebalanceListener {

    static final String NAME = "catalog-changes";
    /** A slow start (a busy machine) can time a reload out; a few tries, while consumption waits. */
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);
    private static final int RETRIES = 5;
    private static final Logger LOG = Logger.getLogger(CatalogChangesRebalanceListener.class);

    private final CatalogService catalog;

    public CatalogChangesRebalanceListener(CatalogService catalog) {
        this.catalog = catalog;
    }

    // Called on the Kafka polling thread, never the event loop; consumption waits for the reload, as it should.
    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(consumer::position);
        try {
            VertxContextSupport.subscribeAndAwait(() -> catalog.reload()
                    .onFailure().retry().withBackOff(RETRY_BACKOFF).atMost(RETRIES));
        } catch (Throwable failure) {
            LOG.warnf("catalog reload after the assignment of %s failed; the next catalog.changed event reloads it: %s",
                    partitions, failure.toString());
        }
    }
}
