package io.oeml.gateway.auth.apikey.service;

/** Who manages keys: an owner id, and whether it is an admin (who sees and revokes every owner's keys). */
public record KeyCaller(String owner, boolean admin) {
}
