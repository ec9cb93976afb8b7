package io.oeml.events;

/** A received Kafka record lacks the CloudEvents binary-mode headers the suite requires. */
public class NotACloudEventException extends InvalidEventException {

    public NotACloudEventException(String message) {
        super(message);
    }
}
