package io.oeml.ollama.client;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import io.oeml.ollama.client.blob.BlobUpload;
import io.oeml.ollama.emulator.OllamaEmulator;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/**
 * Run in a JVM with a small heap by {@link LargeBlobUploadTest}: uploads a file larger than the heap through the
 * client to an in-process emulator and prints the heap figures. Output line: {@code RESULT key=value ...}.
 */
public final class BlobUploadProbe {

    private BlobUploadProbe() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args.length > 0 ? args[0] : "104857600");
        Path file = Files.createTempFile("oeml-large-blob", ".bin");
        Runtime rt = Runtime.getRuntime();
        try (OllamaEmulator emu = OllamaEmulator.start(0)) {
            byte[] chunk = new byte[1 << 20];
            new Random(42).nextBytes(chunk);
            try (OutputStream out = Files.newOutputStream(file)) {
                for (long written = 0; written < size; written += chunk.length) {
                    chunk[0]++;
                    out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
                }
            }
            Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
            OllamaClient client = OllamaClient.create(vertx, OllamaHostConfig.of(emu.baseUrl()));
            System.gc();
            long baseline = rt.totalMemory() - rt.freeMemory();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long t0 = System.nanoTime();
            BlobUpload up = client.uploadBlob(file).await().atMost(Duration.ofSeconds(120));
            double seconds = (System.nanoTime() - t0) / 1e9;
            sampler.interrupt();
            boolean exists = client.blobExists(up.digest()).await().atMost(Duration.ofSeconds(10));
            long stored = Files.size(emu.blobDir().resolve("sha256-" + up.digest().substring(7)));
            System.out.printf("RESULT bytes=%d stored=%d exists=%s uploaded=%s digest=%s seconds=%.2f "
                            + "maxHeapMiB=%.1f baselineMiB=%.1f peakMiB=%.1f%n", size, stored, exists, up.uploaded(),
                    up.digest(), seconds, rt.maxMemory() / 1048576.0, baseline / 1048576.0, peak.get() / 1048576.0);
            client.close();
            vertx.close().toCompletionStage().toCompletableFuture().get();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
