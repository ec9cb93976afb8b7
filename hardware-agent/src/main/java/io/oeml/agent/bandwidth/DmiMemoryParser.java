package io.oeml.agent.bandwidth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak system-memory bandwidth from {@code dmidecode --type 17} (SMBIOS memory devices): configured speed (MT/s) ×
 * data width × number of channels. The channel count is read from the locators ({@code P0 CHANNEL A},
 * {@code Controller0-ChannelA-DIMM0}); when the firmware does not name channels the bandwidth stays unknown, because
 * several modules may share one channel.
 */
public final class DmiMemoryParser {

    private static final Pattern CHANNEL = Pattern.compile("(?i)^(.*?channel\\s*[-_]?[a-z0-9]+)");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    private DmiMemoryParser() {
    }

    public static Optional<Bandwidth> bandwidth(String dmidecodeOutput) {
        List<Module> modules = modules(dmidecodeOutput);
        if (modules.isEmpty() || modules.stream().anyMatch(m -> m.channel() == null || m.speedMts() <= 0 || m.widthBits() <= 0)) {
            return Optional.empty();
        }
        Set<String> channels = new HashSet<>();
        modules.forEach(m -> channels.add(m.channel()));
        int speed = modules.stream().mapToInt(Module::speedMts).min().orElseThrow();
        int widthBits = modules.stream().mapToInt(Module::widthBits).min().orElseThrow();
        double gbps = speed * 1e6 * (widthBits / 8.0) * channels.size() / 1e9;
        return Optional.of(new Bandwidth(Math.round(gbps * 10) / 10.0, "dmi-memory-speed"));
    }

    /** Populated memory devices; empty slots ("No Module Installed") are skipped. */
    static List<Module> modules(String output) {
        List<Module> modules = new ArrayList<>();
        for (String block : output.split("\\n\\s*\\n")) {
            if (!block.contains("Memory Device")) {
                continue;
            }
            String size = field(block, "Size");
            if (size == null || size.startsWith("No Module") || size.startsWith("0")) {
                continue;
            }
            String configured = field(block, "Configured Memory Speed");
            int speed = number(configured != null && !configured.startsWith("Unknown") ? configured : field(block, "Speed"));
            int width = number(field(block, "Data Width"));
            String channel = channel(field(block, "Bank Locator"));
            if (channel == null) {
                channel = channel(field(block, "Locator"));
            }
            modules.add(new Module(channel, speed, width));
        }
        return modules;
    }

    private static String field(String block, String name) {
        for (String line : block.split("\\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith(name + ":")) {
                return trimmed.substring(name.length() + 1).strip();
            }
        }
        return null;
    }

    private static int number(String value) {
        if (value == null) {
            return 0;
        }
        Matcher m = NUMBER.matcher(value);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String channel(String locator) {
        if (locator == null) {
            return null;
        }
        Matcher m = CHANNEL.matcher(locator.strip());
        return m.find() ? m.group(1).toLowerCase().replaceAll("\\s+", " ") : null;
    }

    record Module(String channel, int speedMts, int widthBits) {
    }
}
