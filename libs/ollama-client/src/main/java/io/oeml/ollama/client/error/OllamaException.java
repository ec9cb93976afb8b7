package io.oeml.ollama.client.error;

/**
 * Base of every failure the client reports. Subtypes say what went wrong: an HTTP status with Ollama's message
 * ({@link OllamaHttpException} and its {@link ModelNotFoundException}, {@link BadRequestException},
 * {@link ServerErrorException}), an error line inside a 200 stream ({@link StreamErrorException}), the network
 * ({@link ConnectionRefusedException}, {@link ConnectionClosedException}, {@link OllamaTimeoutException}), or the
 * host's version ({@link UnsupportedByHostException}, {@link IncompatibleRequestException}).
 */
public abstract class OllamaException extends RuntimeException {

    private final String baseUrl;
    private final String path;

    protected OllamaException(String baseUrl, String path, String message, Throwable cause) {
        super(message, cause);
        this.baseUrl = baseUrl;
        this.path = path;
    }

    /** The host, e.g. {@code http://gpu-1:11434}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The endpoint, e.g. {@code /api/generate}. */
    public String path() {
        return path;
    }
}
