package io.oeml.identity;

/**
 * Who asks, for owned things (sessions, jobs, datasets): a user sees and acts on their own; an admin on everyone's.
 * Lists are filtered by {@link #filter()} in the database query, not after it.
 */
public record Owner(String owner, boolean admin) {

    public static Owner of(Caller caller) {
        return new Owner(caller.owner(), caller.isAdmin());
    }

    public boolean sees(String thingOwner) {
        return admin || owner.equals(thingOwner);
    }

    /** The owner to filter a list by; null for an admin, who sees every owner's. */
    public String filter() {
        return admin ? null : owner;
    }
}
