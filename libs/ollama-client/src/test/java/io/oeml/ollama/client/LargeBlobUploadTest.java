package io.oeml.ollama.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A 100 MB blob upload streams: it succeeds in a JVM whose whole heap (48 MiB) is smaller than the file, the heap
 * peak stays near its baseline, and the host verifies the digest. The figures are printed for the record.
 */
class LargeBlobUploadTest {

    @Test
    void aHundredMegabyteBlobStreamsInAFortyEightMegabyteHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx48m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.util.logging.manager=java.util.logging.LogManager",
                "-cp", System.getProperty("java.class.path"), BlobUploadProbe.class.getName(), "104857600")
                .redirectErrorStream(true).start();
        boolean done = p.waitFor(90, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "probe timed out: " + out);
        assertEquals(0, p.exitValue(), out);
        String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow(() ->
                new AssertionError("no RESULT line: " + out));
        System.out.println("[blob] " + line);
        Map<String, String> r = new HashMap<>();
        for (String kv : List.of(line.substring(7).split(" "))) {
            String[] x = kv.split("=", 2);
            r.put(x[0], x[1]);
        }
        assertEquals("104857600", r.get("stored"), "the host kept every byte");
        assertEquals("true", r.get("exists"));
        assertEquals("true", r.get("uploaded"));
        double growth = Double.parseDouble(r.get("peakMiB")) - Double.parseDouble(r.get("baselineMiB"));
        assertTrue(growth < 32, "heap grew by " + growth + " MiB while uploading 100 MiB");
    }
}
