package io.oeml.agent.gpu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import oshi.hardware.GraphicsCard;
import oshi.hardware.HardwareAbstractionLayer;

import io.oeml.events.capacity.GpuDevice;

/**
 * The last resort: OSHI's graphics cards, totals only (OSHI has no free memory). OSHI returns a placeholder card
 * with every field "unknown" and no memory when it finds nothing; that means "no GPU" and is dropped.
 */
@ApplicationScoped
public class OshiGpuProbe implements GpuProbe {

    private final HardwareAbstractionLayer hardware;
    private volatile List<GpuDevice> devices;

    public OshiGpuProbe(HardwareAbstractionLayer hardware) {
        this.hardware = hardware;
    }

    /** Read once: OSHI's figures are static totals, and on Linux each read runs lshw and lspci. */
    @Override
    public List<GpuDevice> devices() {
        List<GpuDevice> known = devices;
        if (known == null) {
            known = devices(hardware.getGraphicsCards());
            devices = known;
        }
        return known;
    }

    static List<GpuDevice> devices(List<? extends GraphicsCard> cards) {
        List<GpuDevice> devices = new ArrayList<>();
        for (GraphicsCard card : cards) {
            if (isPlaceholder(card)) {
                continue;
            }
            Long total = card.getVRam() > 0 ? card.getVRam() : null;
            devices.add(new GpuDevice(devices.size(), vendor(card.getVendor() + " " + card.getName()), card.getName(), null,
                    total, null, null, false, null, null, null, null, "oshi", null));
        }
        return devices;
    }

    static boolean isPlaceholder(GraphicsCard card) {
        return isUnknown(card.getName()) && isUnknown(card.getVendor()) && card.getVRam() <= 0;
    }

    private static boolean isUnknown(String value) {
        return value == null || value.isBlank() || value.equalsIgnoreCase("unknown");
    }

    static String vendor(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("nvidia")) {
            return "nvidia";
        }
        if (t.contains("amd") || t.contains("advanced micro") || t.contains("ati ") || t.contains("radeon")) {
            return "amd";
        }
        if (t.contains("intel")) {
            return "intel";
        }
        if (t.contains("apple")) {
            return "apple";
        }
        return "other";
    }
}
