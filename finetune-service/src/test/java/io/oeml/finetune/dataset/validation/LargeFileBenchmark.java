package io.oeml.finetune.dataset.validation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import io.oeml.finetune.dataset.DataType;
import io.oeml.finetune.dataset.DatasetSource;
import io.oeml.finetune.dataset.ValidationReport;
import io.oeml.finetune.dataset.ValidationTarget;

/**
 * Measures the heap of one validation pass over a large generated JSONL file (not part of the test suite). Run it
 * with a small heap, e.g. {@code -Xmx64m}, as the README "Datasets" section shows; it prints the time, the file size and
 * the heap, sampled every 10 ms: the highest live heap after a collection (what the pass holds), the highest used heap
 * (garbage included), and the sum of the heap pools' peaks as the JVM reports them.
 * <p>
 * Arguments: the file (generated when missing), its size in MiB (default 1024), and the duplicate check's limit
 * (default 1000000, the configured default).
 */
public final class LargeFileBenchmark {

    private LargeFileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/benchmark/large.jsonl");
        long mib = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        int duplicateLimit = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        if (!Files.exists(file)) {
            long start = System.nanoTime();
            generate(file, mib << 20);
            System.out.printf("generated %s: %d bytes in %.1f s%n", file, Files.size(file),
                    (System.nanoTime() - start) / 1e9);
        }
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        AtomicLong maxUsed = new AtomicLong();
        AtomicLong maxLive = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                maxUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                maxLive.accumulateAndGet(liveAfterGc(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        StreamingPreparation preparation = new StreamingPreparation(
                new StreamingPreparation.Limits(10, 1000, duplicateLimit, 4 << 20));
        long start = System.nanoTime();
        ValidationReport report = preparation.validate(new DatasetSource(file, DataType.JSONL, null),
                new ValidationTarget("benchmark", 4096, 0.1, 42, null));
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("validated %d bytes, %d lines, %d examples (%d train, %d validation), %d errors, %d warnings"
                + " in %.1f s (%.0f MiB/s)%n", report.bytes(), report.lines(), report.examples(), report.trainExamples(),
                report.validationExamples(), report.errors(), report.warnings(), seconds,
                report.bytes() / seconds / (1 << 20));
        System.out.printf("heap: max %d MiB (-Xmx); highest live heap after a collection %.1f MiB; highest sampled use"
                + " %.1f MiB (garbage included); sum of heap pool peaks %.1f MiB%n", Runtime.getRuntime().maxMemory() >> 20,
                maxLive.get() / 1048576.0, maxUsed.get() / 1048576.0, poolPeaks / 1048576.0);
        System.out.println("counts by check: " + report.countsByCheck());
    }

    /** What the heap pools held after their last collection: the live data, without the garbage between collections. */
    private static long liveAfterGc() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
    }

    /** Distinct chat examples of about 500 bytes, a few with a system turn, until the file has {@code bytes}. */
    private static void generate(Path file, long bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String filler = "The quick brown fox jumps over the lazy dog while the model learns to answer. ".repeat(4);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = 0;
            for (long i = 0; written < bytes; i++) {
                String system = i % 10 == 0 ? "{\"role\":\"system\",\"content\":\"You are helpful.\"}," : "";
                String line = "{\"messages\":[" + system + "{\"role\":\"user\",\"content\":\"Question " + i + ": "
                        + filler + "\"},{\"role\":\"assistant\",\"content\":\"Answer " + i + ": " + filler + "\"}]}";
                out.write(line);
                out.write('\n');
                written += line.length() + 1;
            }
        }
    }
}
