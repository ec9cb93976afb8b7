package io.oeml.ollama.client.error;

/**
 * The host wrote {@code {"error": "..."}} as a line of an NDJSON stream after answering 200: the failure happened
 * after streaming started (e.g. {@code pull model manifest: file does not exist}, a runner crash mid-generation).
 */
public class StreamErrorException extends OllamaException {

    private final String ollamaMessage;
    private final int chunksBefore;

    public StreamErrorException(String baseUrl, String path, String ollamaMessage, int chunksBefore) {
        super(baseUrl, path, path + " on " + baseUrl + " failed mid-stream after " + chunksBefore + " chunks: "
                + ollamaMessage, null);
        this.ollamaMessage = ollamaMessage;
        this.chunksBefore = chunksBefore;
    }

    public String ollamaMessage() {
        return ollamaMessage;
    }

    /** How many chunks arrived before the error line. */
    public int chunksBefore() {
        return chunksBefore;
    }
}
