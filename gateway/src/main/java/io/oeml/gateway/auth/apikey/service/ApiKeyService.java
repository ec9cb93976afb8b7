package io.oeml.gateway.auth.apikey.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.events.audit.AuditRecorded;
import io.oeml.gateway.audit.service.AuditLog;
import io.oeml.gateway.auth.apikey.ApiKey;
import io.oeml.gateway.auth.apikey.ApiKeyFormat;
import io.oeml.gateway.auth.apikey.repository.ApiKeyRepository;
import io.oeml.outbox.db.DatabaseDeadline;
import io.smallrye.mutiny.Uni;

/** Creates, lists and revokes API keys; a user manages only its own, an admin every owner's. */
@ApplicationScoped
public class ApiKeyService {

    static final String BOOTSTRAP_OWNER = "admin";
    /** The actor of the bootstrap key's audit record: the gateway itself, at start. */
    private static final KeyCaller BOOTSTRAP = new KeyCaller("gateway", List.of("admin"), null);

    private final ApiKeyRepository keys;
    private final ApiKeyHasher hasher;
    private final DatabaseDeadline deadline;

    private final AuditLog audit;

    public ApiKeyService(ApiKeyRepository keys, ApiKeyHasher hasher, DatabaseDeadline deadline, AuditLog audit) {
        this.keys = keys;
        this.hasher = hasher;
        this.deadline = deadline;
        this.audit = audit;
    }

    /** Creates a key and audits it ({@code api_key.created}) in one transaction. */
    public Uni<IssuedApiKey> create(KeyCaller caller, NewApiKey request) {
        ApiKeyFormat.Parts parts = ApiKeyFormat.generate();
        ApiKey key = new ApiKey();
        key.keyId = parts.keyId();
        key.secretHash = hasher.hash(parts.secret());
        key.owner = request.owner();
        key.roles = String.join(",", new TreeSet<>(request.roles()));
        key.name = request.name();
        key.createdAt = Instant.now();
        key.expiresAt = request.expiresAt();
        return deadline.inTransaction(() -> keys.persist(key).call(stored -> audit.record(record(caller, "api_key.created", stored))))
                .map(stored -> new IssuedApiKey(stored, parts.key()));
    }

    /** An admin's view: every key, or one owner's; a user's: its own, whatever owner it asks for. */
    public Uni<List<ApiKey>> list(KeyCaller caller, String owner) {
        if (!caller.admin()) {
            return deadline.within(keys.listByOwner(caller.owner()));
        }
        return deadline.within(owner == null ? keys.listAllKeys() : keys.listByOwner(owner));
    }

    /** Revokes a key the caller may see (revoking twice keeps the first time); others are {@link NoSuchApiKeyException}. */
    public Uni<ApiKey> revoke(KeyCaller caller, String keyId) {
        return deadline.inTransaction(() -> keys.findById(keyId).call(key -> {
            if (key == null || !(caller.admin() || key.owner.equals(caller.owner()))) {
                return Uni.createFrom().failure(new NoSuchApiKeyException(keyId));
            }
            if (key.revokedAt != null) {
                return Uni.createFrom().voidItem();
            }
            key.revokedAt = Instant.now();
            return audit.record(record(caller, "api_key.revoked", key));
        }));
    }

    /** Creates a key for owner {@code admin} unless a valid admin key exists; one replica at a time decides. */
    public Uni<Optional<IssuedApiKey>> bootstrapAdmin() {
        // create joins this transaction, so the lock is held until the new key is written
        return deadline.inTransaction(() -> keys.lockForBootstrap().chain(() -> keys.countValidAdminKeys(Instant.now()))
                .chain(count -> count > 0
                        ? Uni.createFrom().item(Optional.<IssuedApiKey>empty())
                        : create(BOOTSTRAP, new NewApiKey(BOOTSTRAP_OWNER, Set.of("admin"), "bootstrap", null)).map(Optional::of)));
    }

    private static AuditRecorded record(KeyCaller caller, String action, ApiKey key) {
        return new AuditRecorded(Instant.now(), caller.owner(), caller.roles(), action, "api_key", key.keyId, AuditRecorded.Outcome.SUCCESS,
                caller.requestId(), AuditLog.SERVICE, "owner " + key.owner + ", roles " + key.roles + ", name " + key.name);
    }
}
