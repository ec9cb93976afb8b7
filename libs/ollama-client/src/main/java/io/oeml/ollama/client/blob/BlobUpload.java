package io.oeml.ollama.client.blob;

/**
 * Result of an upload.
 *
 * @param digest the blob's {@code sha256:<hex>}, verified by the host
 * @param size bytes of the file
 * @param uploaded false when the host already had the blob (nothing was sent)
 */
public record BlobUpload(String digest, long size, boolean uploaded) {
}
