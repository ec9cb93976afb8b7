package io.oeml.agent.gpu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.oeml.events.capacity.GpuDevice;

/**
 * Reads the answer of {@code nvidia-smi --query-gpu=<FIELDS> --format=csv,nounits}. Columns are found by the header
 * so an older nvidia-smi that puts units in the header ({@code memory.total [MiB]}) or in cells ({@code 24564 MiB})
 * reads the same. {@code [N/A]} and {@code [Not Supported]} (utilisation on MIG-enabled GPUs) become null.
 */
public final class NvidiaSmiCsvParser {

    /** The fields asked for, in this order. */
    public static final String FIELDS =
            "index,name,uuid,memory.total,memory.used,memory.free,driver_version,compute_cap,utilization.gpu";

    private static final long MIB = 1024L * 1024L;

    private NvidiaSmiCsvParser() {
    }

    public static List<GpuDevice> parse(String csv) {
        String[] lines = csv.strip().split("\\R");
        if (lines.length == 0 || !lines[0].contains("memory.total")) {
            return List.of();
        }
        Map<String, Integer> columns = columns(lines[0]);
        List<GpuDevice> devices = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(",");
            Row row = new Row(columns, cells);
            Long total = row.mib("memory.total");
            Long used = row.mib("memory.used");
            Long free = row.mib("memory.free");
            devices.add(new GpuDevice(
                    row.integer("index") == null ? devices.size() : row.integer("index"),
                    "nvidia",
                    row.text("name"),
                    row.text("uuid"),
                    total, used, free,
                    false,
                    row.text("driver_version"),
                    row.text("compute_cap"),
                    row.integer("utilization.gpu"),
                    null,
                    "nvidia-smi",
                    null));
        }
        return devices;
    }

    private static Map<String, Integer> columns(String header) {
        Map<String, Integer> columns = new HashMap<>();
        String[] names = header.split(",");
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].replaceAll("\\[.*]", "").strip(), i);
        }
        return columns;
    }

    private record Row(Map<String, Integer> columns, String[] cells) {

        String text(String field) {
            Integer at = columns.get(field);
            if (at == null || at >= cells.length) {
                return null;
            }
            String value = cells[at].strip();
            return value.isEmpty() || value.startsWith("[") || value.equals("N/A") ? null : value;
        }

        Integer integer(String field) {
            String value = text(field);
            String digits = value == null ? "" : value.replaceAll("[^0-9]", "");
            return digits.isEmpty() ? null : Integer.valueOf(digits);
        }

        Long mib(String field) {
            Integer value = integer(field);
            return value == null ? null : value * MIB;
        }
    }
}
