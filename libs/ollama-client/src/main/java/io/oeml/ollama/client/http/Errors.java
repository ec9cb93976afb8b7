package io.oeml.ollama.client.http;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.oeml.ollama.client.OllamaHostConfig;
import io.oeml.ollama.client.error.BadRequestException;
import io.oeml.ollama.client.error.ConnectionClosedException;
import io.oeml.ollama.client.error.ConnectionRefusedException;
import io.oeml.ollama.client.error.ModelNotFoundException;
import io.oeml.ollama.client.error.OllamaConnectionException;
import io.oeml.ollama.client.error.OllamaException;
import io.oeml.ollama.client.error.OllamaHttpException;
import io.oeml.ollama.client.error.OllamaTimeoutException;
import io.oeml.ollama.client.error.ServerErrorException;
import io.oeml.ollama.client.json.OllamaJson;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;

/** Turns HTTP statuses, error bodies and network exceptions into the typed {@link OllamaException}s. */
final class Errors {

    private static final Pattern NOT_FOUND = Pattern.compile("model ['\"]([^'\"]+)['\"] not found");
    private static final byte[] ERROR_KEY = "\"error\":".getBytes(StandardCharsets.US_ASCII);

    private Errors() {
    }

    static OllamaException http(String base, String path, int status, Buffer body, String model) {
        String message = message(body);
        if (status == 404) {
            Matcher m = NOT_FOUND.matcher(message);
            if (m.find()) {
                return new ModelNotFoundException(base, path, m.group(1), message);
            }
            if (model != null && message.contains("not found") && !path.startsWith("/api/blobs")) {
                return new ModelNotFoundException(base, path, model, message);
            }
        }
        if (status == 400) {
            return new BadRequestException(base, path, message);
        }
        if (status >= 500) {
            return new ServerErrorException(base, path, status, message);
        }
        return new OllamaHttpException(base, path, status, message);
    }

    /** The text of an {@code {"error": "..."}} body; the raw text when the body is not that JSON. */
    static String message(Buffer body) {
        if (body == null || body.length() == 0) {
            return "";
        }
        try {
            JsonNode n = OllamaJson.MAPPER.readTree(body.getBytes());
            if (n != null && n.hasNonNull("error")) {
                return n.get("error").asText();
            }
        } catch (IOException ignored) {
            // not JSON: use the text
        }
        String s = body.toString(StandardCharsets.UTF_8).strip();
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }

    /** The message of an NDJSON error line, or null when the line is an ordinary chunk. */
    static String errorLine(byte[] line) {
        if (indexOf(line, ERROR_KEY) < 0) {
            return null;
        }
        try {
            JsonNode n = OllamaJson.MAPPER.readTree(line);
            return n != null && n.isObject() && n.hasNonNull("error") ? n.get("error").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static OllamaException network(OllamaHostConfig config, String path, Throwable t) {
        String base = config.baseUrl().toString();
        if (t instanceof OllamaException o) {
            return o;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof io.netty.channel.ConnectTimeoutException) {
                return new OllamaTimeoutException(base, path, OllamaTimeoutException.Phase.CONNECT,
                        config.connectTimeout(), t);
            }
            if (c instanceof TimeoutException) {
                return new OllamaTimeoutException(base, path, OllamaTimeoutException.Phase.READ, config.readTimeout(), t);
            }
            if (c instanceof ConnectException) {
                return new ConnectionRefusedException(base, path, t);
            }
            if (c instanceof HttpClosedException || c instanceof ClosedChannelException
                    || c instanceof StreamResetException || c instanceof IOException) {
                return new ConnectionClosedException(base, path, String.valueOf(c.getMessage()), t);
            }
        }
        return new OllamaConnectionException(base, path, path + " on " + base + " failed: " + t, t);
    }
}
