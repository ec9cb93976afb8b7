package io.oeml.library.catalog.service;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.catalog.CatalogChanged;
import io.oeml.library.catalog.CatalogImport;
import io.oeml.library.catalog.CatalogModel;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.ModelFacts;
import io.oeml.library.catalog.repository.CatalogImportRepository;
import io.oeml.library.catalog.repository.CatalogModelRepository;
import io.oeml.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Owns the catalog's persistence: imports the shipped models.csv once per file version, stores discovered models,
 * and refreshes the in-memory {@link CatalogIndex} from Postgres after every change, its own or (through
 * {@code catalog.changed} events) another replica's.
 */
@ApplicationScoped
public class CatalogService {

    static final String SHIPPED = "catalog/models.csv";
    private static final String SOURCE = "/library-service/catalog";
    /** Bumped whenever parsing derives different facts from the same file, so stored rows are re-imported. */
    static final int PARSER_VERSION = 2;
    private static final Logger LOG = Logger.getLogger(CatalogService.class);

    private final CatalogModelRepository models;
    private final CatalogImportRepository imports;
    private final CatalogIndex index;
    private final ObjectMapper json;
    private final Outbox outbox;

    public CatalogService(CatalogModelRepository models, CatalogImportRepository imports, CatalogIndex index, ObjectMapper json,
            Outbox outbox) {
        this.models = models;
        this.imports = imports;
        this.index = index;
        this.json = json;
        this.outbox = outbox;
    }

    void onStart(@Observes StartupEvent start) throws Throwable {
        byte[] csv = ShippedCsv.bytes(SHIPPED);
        List<ModelFacts> facts = ModelsCsvParser.parse(new InputStreamReader(new ByteArrayInputStream(csv),
                StandardCharsets.UTF_8));
        VertxContextSupport.subscribeAndAwait(() -> importIfNew(sha256(csv) + "/parser-" + PARSER_VERSION,
                "classpath:" + SHIPPED, facts)
                .chain(this::reload));
        LOG.infof("catalog loaded: %d models", index.entries().size());
    }

    /** Imports the rows unless this file version was imported before; true when it imported. */
    @WithTransaction
    public Uni<Boolean> importIfNew(String version, String source, List<ModelFacts> rows) {
        return imports.findById(version).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(false);
            }
            CatalogImport record = new CatalogImport();
            record.version = version;
            record.source = source;
            record.rowCount = rows.size();
            record.importedAt = Instant.now();
            Uni<Void> saved = Uni.createFrom().voidItem();
            for (ModelFacts row : rows) {
                saved = saved.chain(() -> save(row));
            }
            return saved.chain(() -> imports.persist(record)).replaceWith(true);
        });
    }

    /**
     * Adds or replaces one model (a discovered one, or a catalog row) and refreshes the index. The change is announced
     * in the same transaction (outbox), so every other replica reloads its index too ({@code CatalogChangeConsumer}).
     */
    public Uni<Void> upsert(ModelFacts facts) {
        return saveInTransaction(facts).chain(this::reload);
    }

    @WithTransaction
    Uni<Void> saveInTransaction(ModelFacts facts) {
        return saveAndAnnounce(facts);
    }

    /**
     * Adds or replaces one model and announces the change, in the caller's transaction (an event's effect). This
     * replica's index is reloaded by the announcement, as every other replica's is, once the transaction commits.
     */
    public Uni<Void> saveAndAnnounce(ModelFacts facts) {
        return save(facts).chain(() -> outbox.append(Topic.LIBRARY_MODEL_EVENTS.topicName(), EventTypes.CATALOG_CHANGED,
                SOURCE, facts.name(), new CatalogChanged(facts.name(), facts.origin(), Instant.now()))).replaceWithVoid();
    }

    /** Rebuilds the in-memory index from Postgres. */
    public Uni<Void> reload() {
        return models.listAll().map(rows -> rows.stream().map(this::toEntry).toList())
                .invoke(index::replace).replaceWithVoid();
    }

    private Uni<Void> save(ModelFacts facts) {
        return models.findById(facts.name()).chain(existing -> {
            CatalogModel row = existing == null ? new CatalogModel() : existing;
            row.name = facts.name();
            row.origin = facts.origin();
            row.family = facts.family();
            row.architecture = facts.architecture();
            row.facts = write(facts);
            row.updatedAt = Instant.now();
            return existing == null ? models.persist(row).replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }

    private CatalogEntry toEntry(CatalogModel row) {
        try {
            return CatalogEntryFactory.create(json.readValue(row.facts, ModelFacts.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored facts of " + row.name + " are not readable", e);
        }
    }

    private String write(ModelFacts facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts of " + facts.name() + " cannot be written", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
