package io.oeml.optimizer.search.cli;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One request line of the ask-and-tell driver, told apart by its {@code op} field. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CreateRequest.class, name = "create"),
        @JsonSubTypes.Type(value = AskRequest.class, name = "ask"),
        @JsonSubTypes.Type(value = TellRequest.class, name = "tell")})
public sealed interface DriverRequest permits CreateRequest, AskRequest, TellRequest {

    /**
     * Carries the request out on the session.
     *
     * @throws IllegalArgumentException for a request the session, the space or the strategy refuses (the message says why)
     */
    DriverAnswer applyTo(DriverSession session);
}
