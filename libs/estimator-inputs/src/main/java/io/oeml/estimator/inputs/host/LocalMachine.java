package io.oeml.estimator.inputs.host;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.oeml.estimator.model.HostHardware;

/**
 * The machine this JVM runs on as the estimator's host: system memory only, because GPUs are seen by the hardware
 * agents (with nvidia-smi, sysfs ...), not by a service.
 */
public final class LocalMachine {

    private LocalMachine() {
    }

    public static HostHardware hardware(String hostId) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long total = os.getTotalMemorySize();
        long available = memAvailable().orElse(os.getFreeMemorySize());
        return new HostHardware(hostId, List.of(), total, available, null, 0);
    }

    public static int cpuThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Linux's MemAvailable counts reclaimable cache, which the JVM's free memory does not. */
    private static Optional<Long> memAvailable() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemAvailable:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D+", "")) * 1024)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
