package io.oeml.optimizer.session.service;

import io.oeml.identity.Caller;

/** Who asks: sessions are the owner's own; an admin sees and acts on every owner's. */
public record SessionOwner(String owner, boolean admin) {

    public static SessionOwner of(Caller caller) {
        return new SessionOwner(caller.owner(), caller.isAdmin());
    }

    public boolean sees(String sessionOwner) {
        return admin || owner.equals(sessionOwner);
    }
}
