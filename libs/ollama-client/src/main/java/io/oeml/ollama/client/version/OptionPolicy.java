package io.oeml.ollama.client.version;

/** What the client does with options or fields the host's version would ignore. */
public enum OptionPolicy {
    /** Remove them from the request and report them to the host's compatibility listener (default). */
    STRIP_AND_REPORT,
    /** Fail the call with {@code IncompatibleRequestException} before sending. */
    REJECT,
    /** No checks: send the request as given. */
    SEND_AS_IS
}
