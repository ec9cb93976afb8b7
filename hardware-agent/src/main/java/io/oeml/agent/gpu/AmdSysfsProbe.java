package io.oeml.agent.gpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.oeml.agent.config.AgentConfig;
import io.oeml.events.capacity.GpuDevice;

/**
 * AMD GPUs from the amdgpu driver's sysfs counters under {@code <drm-root>/cardN/device}: {@code mem_info_vram_total}
 * and {@code mem_info_vram_used}, plus {@code mem_info_gtt_total}/{@code mem_info_gtt_used} for APUs. An APU's BIOS
 * carve-out is only a sliver of what the GPU can allocate, so an APU (carve-out at most
 * {@code agent.gpu.amd-apu-max-carve-out-bytes}) reports VRAM + GTT as its unified budget.
 */
@ApplicationScoped
public class AmdSysfsProbe implements GpuProbe {

    private static final String AMD_VENDOR_ID = "0x1002";

    private final Path drmRoot;
    private final long apuMaxCarveOut;

    @Inject
    public AmdSysfsProbe(AgentConfig config) {
        this(config.gpu().drmRoot(), config.gpu().amdApuMaxCarveOutBytes());
    }

    AmdSysfsProbe(Path drmRoot, long apuMaxCarveOut) {
        this.drmRoot = drmRoot;
        this.apuMaxCarveOut = apuMaxCarveOut;
    }

    @Override
    public List<GpuDevice> devices() {
        if (!Files.isDirectory(drmRoot)) {
            return List.of();
        }
        List<GpuDevice> devices = new ArrayList<>();
        try (Stream<Path> cards = Files.list(drmRoot)) {
            cards.filter(card -> card.getFileName().toString().matches("card\\d+"))
                    .sorted((a, b) -> Integer.compare(cardNumber(a), cardNumber(b)))
                    .map(card -> card.resolve("device"))
                    .filter(device -> AMD_VENDOR_ID.equals(read(device.resolve("vendor"))))
                    .filter(device -> number(device.resolve("mem_info_vram_total")) != null)
                    .forEach(device -> devices.add(device(devices.size(), device)));
        } catch (IOException e) {
            return List.of();
        }
        return devices;
    }

    private GpuDevice device(int index, Path device) {
        long vramTotal = number(device.resolve("mem_info_vram_total"));
        Long vramUsed = number(device.resolve("mem_info_vram_used"));
        Long gttTotal = number(device.resolve("mem_info_gtt_total"));
        Long gttUsed = number(device.resolve("mem_info_gtt_used"));
        boolean apu = gttTotal != null && vramTotal <= apuMaxCarveOut;
        Long total = apu ? vramTotal + gttTotal : vramTotal;
        Long used = apu ? sum(vramUsed, gttUsed) : vramUsed;
        Long free = used == null ? null : Math.max(0, total - used);
        Long busy = number(device.resolve("gpu_busy_percent"));
        return new GpuDevice(index, "amd", name(device), read(device.resolve("unique_id")),
                total, used, free, apu, null, null,
                busy == null ? null : busy.intValue(), null, "amdgpu-sysfs", null);
    }

    private static String name(Path device) {
        String product = read(device.resolve("product_name"));
        if (product != null) {
            return product;
        }
        String pciId = read(device.resolve("device"));
        return "AMD GPU " + (pciId == null ? "unknown" : pciId);
    }

    private static Long sum(Long a, Long b) {
        return a == null || b == null ? null : a + b;
    }

    private static int cardNumber(Path card) {
        return Integer.parseInt(card.getFileName().toString().substring("card".length()));
    }

    private static Long number(Path file) {
        String text = read(file);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String read(Path file) {
        try {
            String text = Files.readString(file).strip();
            return text.isEmpty() ? null : text;
        } catch (IOException e) {
            return null;
        }
    }
}
