package io.oeml.events;

import org.apache.kafka.common.serialization.Serializer;

/** Kafka value serializer writing event data as {@link EventJson}, for channels that send records directly. */
public class EventJsonSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object data) {
        return data == null ? null : EventJson.bytes(data);
    }
}
