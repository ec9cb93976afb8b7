package io.oeml.gateway.auth.apikey;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An API key as stored: its public id and the keyed hash of its secret, never the secret. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    @Column(name = "key_id")
    public String keyId;

    /** HMAC-SHA256(pepper, secret). */
    @Column(name = "secret_hash", nullable = false)
    public byte[] secretHash;

    @Column(nullable = false)
    public String owner;

    /** The roles, comma-separated ({@link #roleSet()}). */
    @Column(nullable = false)
    public String roles;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public Set<String> roleSet() {
        return Set.of(roles.split(","));
    }
}
