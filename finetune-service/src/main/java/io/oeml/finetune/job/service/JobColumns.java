package io.oeml.finetune.job.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;

import io.oeml.finetune.dataset.ValidationReport;
import io.oeml.finetune.hyperparameters.Hyperparameters;
import io.oeml.outbox.db.StoredJson;

/** The JSON columns of a job, by what they hold. */
@ApplicationScoped
public class JobColumns {

    private final StoredJson json;

    public JobColumns(StoredJson json) {
        this.json = json;
    }

    public String write(Object value) {
        return json.write(value);
    }

    public Hyperparameters hyperparameters(String stored) {
        return json.read(stored, Hyperparameters.class);
    }

    public ValidationReport report(String stored) {
        return json.read(stored, ValidationReport.class);
    }

    public List<String> strings(String stored) {
        return json.read(stored, new TypeReference<List<String>>() { });
    }
}
