package io.oeml.gateway.auth.apikey.service;

import java.util.List;

/** Who manages keys: an owner id and its roles (an admin sees and revokes every owner's keys), and the request id. */
public record KeyCaller(String owner, List<String> roles, String requestId) {

    public boolean admin() {
        return roles.contains("admin");
    }
}
