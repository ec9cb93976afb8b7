package io.oeml.library.benchmark;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One benchmark report of a hardware agent; the figures are null when it failed. */
@Entity
@Table(name = "benchmark_run")
public class BenchmarkRun extends PanacheEntityBase {

    @Id
    @Column(name = "run_id")
    public String runId;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "host_id", nullable = false)
    public String hostId;

    @Column(nullable = false)
    public String model;

    @Column(name = "model_digest")
    public String modelDigest;

    @Column(name = "ollama_version")
    public String ollamaVersion;

    /** The server was the OllamaEmulator: the figures are its cost model's, never a measurement. */
    @Column(nullable = false)
    public boolean emulated;

    @Column(nullable = false)
    public String trigger;

    @Column(name = "settings_key", nullable = false)
    public String settingsKey;

    @Column(name = "num_ctx", nullable = false)
    public int numCtx;

    @Column(nullable = false)
    public String outcome;

    public String error;

    @Column(name = "load_duration_ns")
    public Long loadDurationNs;

    @Column(name = "prompt_eval_count")
    public Integer promptEvalCount;

    @Column(name = "prompt_eval_duration_ns")
    public Long promptEvalDurationNs;

    @Column(name = "prompt_tokens_per_second")
    public Double promptTokensPerSecond;

    @Column(name = "eval_count")
    public Integer evalCount;

    @Column(name = "eval_duration_ns")
    public Long evalDurationNs;

    @Column(name = "decode_tokens_per_second")
    public Double decodeTokensPerSecond;

    @Column(name = "total_duration_ns")
    public Long totalDurationNs;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    @Column(name = "size_vram_bytes")
    public Long sizeVramBytes;

    @Column(name = "context_length")
    public Integer contextLength;

    /** Decode speed against the previous measured run with the same key, percent; null for the first. */
    @Column(name = "change_percent")
    public Double changePercent;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public boolean measured() {
        return io.oeml.events.benchmark.BenchmarkReported.MEASURED.equals(outcome);
    }
}
