package io.oeml.gateway.auth;

import java.util.Set;
import java.util.TreeSet;

/** The two roles of the suite. A caller's other roles mean nothing here; a caller with neither is a user. */
public final class Roles {

    public static final String USER = "user";
    public static final String ADMIN = "admin";
    private static final Set<String> KNOWN = Set.of(USER, ADMIN);

    private Roles() {
    }

    /** The known roles among {@code granted}, sorted, or {@code user} alone when there is none. */
    public static Set<String> of(Set<String> granted) {
        Set<String> roles = new TreeSet<>(granted);
        roles.retainAll(KNOWN);
        if (roles.isEmpty()) {
            roles.add(USER);
        }
        return roles;
    }
}
