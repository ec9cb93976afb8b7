package io.oeml.finetune.job.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.finetune.dataset.ValidationReport;
import io.oeml.finetune.hyperparameters.Hyperparameters;

/** The JSON columns of a job, written and read with the service's snake_case mapper. */
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
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    public Hyperparameters hyperparameters(String stored) {
        return read(stored, new TypeReference<>() { });
    }

    public ValidationReport report(String stored) {
        return stored == null ? null : read(stored, new TypeReference<>() { });
    }

    public List<String> strings(String stored) {
        return read(stored, new TypeReference<>() { });
    }

    private <T> T read(String stored, TypeReference<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored job column does not read back", e);
        }
    }
}
