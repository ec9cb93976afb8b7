package io.oeml.ollama.client;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

import io.oeml.ollama.client.version.CompatibilityReport;
import io.oeml.ollama.client.version.OptionPolicy;

/**
 * How to reach one Ollama host.
 *
 * @param baseUrl e.g. {@code http://127.0.0.1:11434} (a path prefix is kept, for hosts behind a proxy)
 * @param connectTimeout time to open a TCP connection
 * @param readTimeout longest wait for the next byte: the whole answer of a non-streaming call (a long generation
 *     sends nothing until done), the gap between chunks of a stream
 * @param maxConnections pooled keep-alive connections to this host
 * @param optionPolicy what to do with options/fields the host's version would ignore
 * @param compatibilityListener receives a report whenever options or fields were stripped (default: a warning log)
 */
public record OllamaHostConfig(
        URI baseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        int maxConnections,
        OptionPolicy optionPolicy,
        Consumer<CompatibilityReport> compatibilityListener) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_CONNECTIONS = 16;

    private static final System.Logger LOG = System.getLogger("io.oeml.ollama.client");

    public OllamaHostConfig {
        String s = baseUrl.toString();
        if (s.endsWith("/")) {
            baseUrl = URI.create(s.substring(0, s.length() - 1));
        }
        if (baseUrl.getHost() == null || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
            throw new IllegalArgumentException("Ollama base URL must be http(s)://host[:port]: " + s);
        }
    }

    public static OllamaHostConfig of(String baseUrl) {
        return new OllamaHostConfig(URI.create(baseUrl), DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_MAX_CONNECTIONS, OptionPolicy.STRIP_AND_REPORT, OllamaHostConfig::logReport);
    }

    public OllamaHostConfig withConnectTimeout(Duration d) {
        return new OllamaHostConfig(baseUrl, d, readTimeout, maxConnections, optionPolicy, compatibilityListener);
    }

    public OllamaHostConfig withReadTimeout(Duration d) {
        return new OllamaHostConfig(baseUrl, connectTimeout, d, maxConnections, optionPolicy, compatibilityListener);
    }

    public OllamaHostConfig withMaxConnections(int n) {
        return new OllamaHostConfig(baseUrl, connectTimeout, readTimeout, n, optionPolicy, compatibilityListener);
    }

    public OllamaHostConfig withOptionPolicy(OptionPolicy p) {
        return new OllamaHostConfig(baseUrl, connectTimeout, readTimeout, maxConnections, p, compatibilityListener);
    }

    public OllamaHostConfig withCompatibilityListener(Consumer<CompatibilityReport> l) {
        return new OllamaHostConfig(baseUrl, connectTimeout, readTimeout, maxConnections, optionPolicy, l);
    }

    public String host() {
        return baseUrl.getHost();
    }

    public int port() {
        int p = baseUrl.getPort();
        return p > 0 ? p : "https".equals(baseUrl.getScheme()) ? 443 : 80;
    }

    public boolean ssl() {
        return "https".equals(baseUrl.getScheme());
    }

    /** Path prefix before {@code /api/...}, "" for a plain host. */
    public String pathPrefix() {
        String p = baseUrl.getRawPath();
        return p == null ? "" : p;
    }

    private static void logReport(CompatibilityReport r) {
        LOG.log(System.Logger.Level.WARNING, "Ollama " + r.version() + " at " + r.baseUrl() + " " + r.path()
                + (r.model() == null ? "" : " (" + r.model() + ")") + ": " + r.summary());
    }
}
