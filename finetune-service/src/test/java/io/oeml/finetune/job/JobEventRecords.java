package io.oeml.finetune.job;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.finetune.JobTransitioned;
import io.oeml.infra.testing.KeyedRecords;

/** The JobTransitioned records of one job on finetune.job-events, as the real broker holds them. */
final class JobEventRecords {

    private JobEventRecords() {
    }

    /** The job's transitions, until {@code complete} holds for them (or {@code within}), and a few seconds more. */
    static List<JobTransitioned> of(String jobId, Predicate<List<JobTransitioned>> complete, Duration within) {
        return transitions(KeyedRecords.until(Topic.FINETUNE_JOB_EVENTS, jobId,
                records -> complete.test(transitions(records)), within));
    }

    static Predicate<List<JobTransitioned>> reaching(String status) {
        return records -> records.stream().anyMatch(r -> status.equals(r.status()));
    }

    private static List<JobTransitioned> transitions(List<ConsumerRecord<String, String>> records) {
        return KeyedRecords.ofType(records, EventTypes.FINETUNE_JOB_TRANSITIONED).stream()
                .map(record -> EventJson.read(record.value(), JobTransitioned.class)).toList();
    }
}
