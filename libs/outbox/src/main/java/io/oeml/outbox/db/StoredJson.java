package io.oeml.outbox.db;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON columns that hold structures (trials, hyperparameters, reports), in the service's own (snake_case) form. */
@ApplicationScoped
public class StoredJson {

    private final ObjectMapper json;

    public StoredJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public <T> T read(String stored, Class<T> type) {
        try {
            return stored == null ? null : json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
        }
    }

    public <T> T read(String stored, TypeReference<T> type) {
        try {
            return stored == null ? null : json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable as " + type.getType(), e);
        }
    }
}
