package io.oeml.estimator.model;

/**
 * One GPU as the estimator sees it.
 *
 * @param library cuda, rocm, metal, vulkan; decides the minimum-memory reserve and the graph rules
 * @param bandwidthGbps peak memory bandwidth in GB/s, null when unknown
 */
public record GpuDevice(String name, String library, long totalBytes, long freeBytes, Double bandwidthGbps) {

    public boolean isMetal() {
        return "metal".equalsIgnoreCase(library);
    }
}
