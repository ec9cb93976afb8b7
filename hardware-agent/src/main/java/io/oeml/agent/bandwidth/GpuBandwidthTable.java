package io.oeml.agent.bandwidth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Vendor-published peak memory bandwidth by exact device name, from {@code gpu-memory-bandwidth.csv}. A name that is
 * not in the table, or whose variants differ in bandwidth (M3 Max 300 or 400 GB/s), stays unknown.
 */
@ApplicationScoped
public class GpuBandwidthTable {

    static final String RESOURCE = "/gpu-memory-bandwidth.csv";
    private static final String SOURCE = "gpu-table";

    private final Map<String, Double> byName;

    public GpuBandwidthTable() {
        this.byName = load();
    }

    public Optional<Bandwidth> lookup(String deviceName) {
        if (deviceName == null) {
            return Optional.empty();
        }
        Double gbps = byName.get(key(deviceName));
        return gbps == null ? Optional.empty() : Optional.of(new Bandwidth(gbps, SOURCE));
    }

    /** Lower case, single spaces, without the vendor words that tools add or omit ("NVIDIA", "GeForce", "AMD"). */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replaceAll("\\b(nvidia|geforce|amd|ati|apple)\\b", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Map<String, Double> load() {
        Map<String, Double> table = new HashMap<>();
        try (InputStream in = GpuBandwidthTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the agent's classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("name,")) {
                    continue;
                }
                String[] cells = line.split(",");
                table.put(key(cells[0]), Double.parseDouble(cells[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
