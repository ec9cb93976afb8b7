package io.oeml.security.audit;

import java.time.InstantSource;
import java.util.List;

import io.oeml.events.audit.AuditRecorded;

/**
 * 403s aggregated into {@link AuditRecorded#ACCESS_DENIED} records: one per caller and route a window, carrying the
 * first denial's time, roles and request id, and the count and time span in {@code detail} (its first word the count,
 * as in the gateway's {@code auth.failed}). Past {@code maxRoutes} pairs a window, a caller's further routes are
 * counted under the route {@value #OTHER_ROUTES}.
 */
public final class DeniedAccesses {

    static final String OTHER_ROUTES = "other routes";

    /** Who was denied where: {@code route} is {@code <METHOD> <path>}. */
    record DeniedRoute(String actor, String route) {
    }

    /** What is kept of a pair's first denial in a window. */
    record FirstDenial(List<String> roles, String requestId) {
    }

    private final WindowedTally<DeniedRoute, FirstDenial> tally;
    private final String service;

    public DeniedAccesses(int maxRoutes, String service, InstantSource clock) {
        this.tally = new WindowedTally<>(maxRoutes, key -> new DeniedRoute(key.actor(), OTHER_ROUTES), clock);
        this.service = service;
    }

    /** {@code actor} with {@code roles} called {@code method path} and got a 403. */
    public void note(String actor, List<String> roles, String method, String path, String requestId) {
        tally.note(new DeniedRoute(actor, method + " " + path), new FirstDenial(List.copyOf(roles), requestId));
    }

    /** The window's records, one per caller and route, in the order they were first denied; the window starts anew. */
    public List<AuditRecorded> drain() {
        return tally.drain().entrySet().stream().map(entry -> {
            DeniedRoute where = entry.getKey();
            WindowedTally.Tally<FirstDenial> denials = entry.getValue();
            String detail = denials.count() == 1 ? "1 denied request"
                    : denials.count() + " denied requests from " + denials.firstAt() + " to " + denials.lastAt();
            return new AuditRecorded(denials.firstAt(), where.actor(), denials.first().roles(),
                    AuditRecorded.ACCESS_DENIED, AuditRecorded.ROUTE, where.route(), AuditRecorded.Outcome.DENIED,
                    denials.first().requestId(), service, detail);
        }).toList();
    }
}
