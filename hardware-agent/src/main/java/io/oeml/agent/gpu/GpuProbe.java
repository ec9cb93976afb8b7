package io.oeml.agent.gpu;

import java.util.List;

import io.oeml.events.capacity.GpuDevice;

/**
 * One source of GPU facts. A source that does not apply to this host (tool missing, no such device, other OS)
 * returns an empty list; it never throws. Indexes are renumbered by {@link GpuInventory}.
 */
public interface GpuProbe {

    List<GpuDevice> devices();
}
