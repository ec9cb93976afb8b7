package io.oeml.library.fleet;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a host's capacity figures can be trusted now. */
public enum HostStatus {
    /** Reported within the last few intervals. */
    ONLINE,
    /** Missed several reports: figures may be out of date. */
    STALE,
    /** Its agent said it was leaving, and it has not reported since. */
    OFFLINE;

    @JsonValue
    public String json() {
        return name().toLowerCase();
    }
}
