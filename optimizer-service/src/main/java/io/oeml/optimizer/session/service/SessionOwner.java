package io.oeml.optimizer.session.service;

/** Who asks: sessions are the owner's own; an admin sees and acts on every owner's. */
public record SessionOwner(String owner, boolean admin) {

    public boolean sees(String sessionOwner) {
        return admin || owner.equals(sessionOwner);
    }
}
