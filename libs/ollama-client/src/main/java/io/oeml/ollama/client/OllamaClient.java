package io.oeml.ollama.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.oeml.ollama.client.blob.BlobDigest;
import io.oeml.ollama.client.blob.BlobUpload;
import io.oeml.ollama.client.embed.EmbedRequest;
import io.oeml.ollama.client.embed.EmbedResponse;
import io.oeml.ollama.client.error.BadRequestException;
import io.oeml.ollama.client.error.IncompatibleRequestException;
import io.oeml.ollama.client.error.OllamaException;
import io.oeml.ollama.client.error.OllamaHttpException;
import io.oeml.ollama.client.error.OllamaProtocolException;
import io.oeml.ollama.client.error.UnsupportedByHostException;
import io.oeml.ollama.client.generate.ChatRequest;
import io.oeml.ollama.client.generate.ChatResponse;
import io.oeml.ollama.client.generate.GenerateRequest;
import io.oeml.ollama.client.generate.GenerateResponse;
import io.oeml.ollama.client.generate.Options;
import io.oeml.ollama.client.http.Transport;
import io.oeml.ollama.client.json.OllamaJson;
import io.oeml.ollama.client.model.CopyRequest;
import io.oeml.ollama.client.model.CreateRequest;
import io.oeml.ollama.client.model.DeleteRequest;
import io.oeml.ollama.client.model.ProgressResponse;
import io.oeml.ollama.client.model.PsResponse;
import io.oeml.ollama.client.model.PullRequest;
import io.oeml.ollama.client.model.ShowRequest;
import io.oeml.ollama.client.model.ShowResponse;
import io.oeml.ollama.client.model.TagsResponse;
import io.oeml.ollama.client.version.CompatibilityReport;
import io.oeml.ollama.client.version.HostVersion;
import io.oeml.ollama.client.version.OptionPolicy;
import io.oeml.ollama.client.version.VersionRules;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;

/**
 * The typed, reactive client for one Ollama host (docs/ollama.md). Every method returns a lazy {@link Uni} or
 * {@link Multi}: nothing is sent until subscription, nothing blocks an event loop, and cancelling a stream stops
 * reading it and frees its connection. Failures are {@link OllamaException} subtypes.
 *
 * <p>The host's version is read from {@code /api/version} once (on first use) and decides which options and fields
 * are sent ({@link OptionPolicy}); {@link #version()} also exposes the era for memory rules.
 *
 * <pre>
 * OllamaClient ollama = OllamaClient.create(vertx, OllamaHostConfig.of("http://127.0.0.1:11434"));
 * ollama.generate(GenerateRequest.of("llama3.1:8b", "Why is the sky blue?"))
 *       .subscribe().with(r -> log(r.response(), r.metrics().tokensPerSecond()));
 * </pre>
 */
public final class OllamaClient implements AutoCloseable {

    private static final ObjectReader GENERATE = OllamaJson.MAPPER.readerFor(GenerateResponse.class);
    private static final ObjectReader CHAT = OllamaJson.MAPPER.readerFor(ChatResponse.class);
    private static final ObjectReader PROGRESS = OllamaJson.MAPPER.readerFor(ProgressResponse.class);
    private static final ObjectReader EMBED = OllamaJson.MAPPER.readerFor(EmbedResponse.class);
    private static final ObjectReader TAGS = OllamaJson.MAPPER.readerFor(TagsResponse.class);
    private static final ObjectReader SHOW = OllamaJson.MAPPER.readerFor(ShowResponse.class);
    private static final ObjectReader PS = OllamaJson.MAPPER.readerFor(PsResponse.class);
    private static final String EMULATOR_HEADER_VALUE = "OllamaEmulator";

    private final OllamaHostConfig config;
    private final Transport transport;
    private final String base;
    private final AtomicReference<Uni<HostVersion>> versionLoad = new AtomicReference<>();
    private volatile HostVersion version;

    private OllamaClient(io.vertx.core.Vertx vertx, OllamaHostConfig config) {
        this.config = config;
        this.transport = new Transport(vertx, config);
        this.base = config.baseUrl().toString();
    }

    /** For Quarkus services: pass the injected {@code io.vertx.mutiny.core.Vertx}. */
    public static OllamaClient create(io.vertx.mutiny.core.Vertx vertx, OllamaHostConfig config) {
        return new OllamaClient(vertx.getDelegate(), config);
    }

    public static OllamaClient create(io.vertx.core.Vertx vertx, OllamaHostConfig config) {
        return new OllamaClient(vertx, config);
    }

    public OllamaHostConfig config() {
        return config;
    }

    // ------------------------------------------------------------------------------------------------ version

    /** {@code GET /api/version}, read once per client and cached; a failed read is retried on the next call. */
    public Uni<HostVersion> version() {
        HostVersion v = version;
        if (v != null) {
            return Uni.createFrom().item(v);
        }
        Uni<HostVersion> load = versionLoad.get();
        if (load == null) {
            Uni<HostVersion> fresh = readVersion()
                    .invoke(x -> version = x)
                    .onFailure().invoke(e -> versionLoad.set(null))
                    .memoize().indefinitely();
            Uni<HostVersion> other = versionLoad.compareAndExchange(null, fresh);
            load = other != null ? other : fresh;
        }
        return load;
    }

    /** The cached version, or null before the first successful {@link #version()}. */
    public HostVersion cachedVersion() {
        return version;
    }

    /** Forgets the cached version (e.g. after the host was upgraded) and reads it again. */
    public Uni<HostVersion> refreshVersion() {
        version = null;
        versionLoad.set(null);
        return version();
    }

    private Uni<HostVersion> readVersion() {
        return transport.exchange(HttpMethod.GET, "/api/version", null).map(r -> {
            if (r.status() == 404) {
                return HostVersion.ancient();
            }
            if (r.status() / 100 != 2) {
                throw new OllamaHttpException(base, "/api/version", r.status(), r.body().toString());
            }
            JsonNode n = tree(r.body(), "/api/version");
            JsonNode emu = n.get("emulator");
            return HostVersion.of(n.path("version").asText(""), emu != null
                    && EMULATOR_HEADER_VALUE.equals(emu.asText()));
        });
    }

    /** {@code GET /}: true when the host answers 200 ("Ollama is running"). */
    public Uni<Boolean> ping() {
        return transport.exchange(HttpMethod.GET, "/", null).map(r -> r.status() == 200);
    }

    // --------------------------------------------------------------------------------------------- generation

    /** {@code POST /api/generate} with {@code stream: false}: the whole reply with its metrics. */
    public Uni<GenerateResponse> generate(GenerateRequest request) {
        return post("/api/generate", request.withStream(false), request.model(), request.options(), GENERATE);
    }

    /** {@code POST /api/generate} streaming: text deltas, then a final chunk ({@code done}) with the metrics. */
    public Multi<GenerateResponse> generateStream(GenerateRequest request) {
        return stream("/api/generate", request.withStream(true), request.model(), request.options(), GENERATE,
                GenerateResponse::done);
    }

    /** {@code POST /api/chat} with {@code stream: false}. */
    public Uni<ChatResponse> chat(ChatRequest request) {
        return post("/api/chat", request.withStream(false), request.model(), request.options(), CHAT);
    }

    /** {@code POST /api/chat} streaming. */
    public Multi<ChatResponse> chatStream(ChatRequest request) {
        return stream("/api/chat", request.withStream(true), request.model(), request.options(), CHAT,
                ChatResponse::done);
    }

    /** {@code POST /api/embed} (v0.2.6+). */
    public Uni<EmbedResponse> embed(EmbedRequest request) {
        return requireVersion("/api/embed", "0.2.6")
                .flatMap(v -> post("/api/embed", request, request.model(), request.options(), EMBED));
    }

    // ----------------------------------------------------------------------------------------------- models

    /** {@code GET /api/tags}: local models, newest first. */
    public Uni<TagsResponse> tags() {
        return transport.call(HttpMethod.GET, "/api/tags", null, null, TAGS::readValue);
    }

    /** {@code POST /api/show}. */
    public Uni<ShowResponse> show(String model) {
        return show(ShowRequest.of(model));
    }

    public Uni<ShowResponse> show(ShowRequest request) {
        return transport.call(HttpMethod.POST, "/api/show", () -> json(request), request.model(), SHOW::readValue);
    }

    /** {@code GET /api/ps}: loaded models with {@code size} and {@code size_vram}. */
    public Uni<PsResponse> ps() {
        return transport.call(HttpMethod.GET, "/api/ps", null, null, PS::readValue);
    }

    /** {@code POST /api/pull} streaming progress; an unknown model ends in a {@code StreamErrorException}. */
    public Multi<ProgressResponse> pullStream(PullRequest request) {
        return transport.stream("/api/pull", () -> json(request.withStream(true)), request.model(),
                PROGRESS::readValue, null, false);
    }

    /** {@code POST /api/pull} with {@code stream: false}: the last progress object ({@code success}). */
    public Uni<ProgressResponse> pull(PullRequest request) {
        return transport.call(HttpMethod.POST, "/api/pull", () -> json(request.withStream(false)), request.model(),
                PROGRESS::readValue);
    }

    /** {@code POST /api/create} (JSON form, v0.5.5+) streaming progress. */
    public Multi<ProgressResponse> createStream(CreateRequest request) {
        return requireVersion("/api/create", "0.5.5").onItem().transformToMulti(v -> transport.stream("/api/create",
                () -> json(request.withStream(true)), request.from(), PROGRESS::readValue, null, false));
    }

    /** {@code POST /api/create} with {@code stream: false}. */
    public Uni<ProgressResponse> create(CreateRequest request) {
        return requireVersion("/api/create", "0.5.5")
                .flatMap(v -> transport.call(HttpMethod.POST, "/api/create", () -> json(request.withStream(false)),
                        request.from(), PROGRESS::readValue));
    }

    /** {@code POST /api/copy}. */
    public Uni<Void> copy(String source, String destination) {
        return transport.call(HttpMethod.POST, "/api/copy", () -> json(new CopyRequest(source, destination)), source,
                bytes -> null);
    }

    /** {@code DELETE /api/delete}. */
    public Uni<Void> delete(String model) {
        return transport.call(HttpMethod.DELETE, "/api/delete", () -> json(new DeleteRequest(model)), model,
                bytes -> null);
    }

    // ------------------------------------------------------------------------------------------------ blobs

    /** {@code HEAD /api/blobs/:digest}: whether the host has the blob. */
    public Uni<Boolean> blobExists(String digest) {
        String d = BlobDigest.normalize(digest);
        String path = "/api/blobs/" + d;
        return transport.exchange(HttpMethod.HEAD, path, null).map(r -> {
            if (r.status() == 200) {
                return true;
            }
            if (r.status() == 404) {
                return false;
            }
            throw new BadRequestException(base, path, "HEAD answered " + r.status() + " for " + d);
        });
    }

    /**
     * Uploads a file as a blob, streaming it (constant memory whatever its size): computes its sha256 on a worker
     * thread, skips the upload when the host already has it, and lets the host verify the digest
     * ({@code BadRequestException} "digest mismatch" otherwise).
     */
    public Uni<BlobUpload> uploadBlob(Path file) {
        return Uni.createFrom().completionStage(() -> transport.vertx()
                        .executeBlocking(() -> BlobDigest.of(file), false).toCompletionStage())
                .onFailure(IOException.class).transform(e -> new OllamaProtocolException(base, "/api/blobs",
                        "cannot read " + file + ": " + e.getMessage(), e))
                .flatMap(d -> uploadBlob(file, d));
    }

    /** Uploads a file under a digest the caller computed; the host rejects it if the content does not match. */
    public Uni<BlobUpload> uploadBlob(Path file, String digest) {
        String d = BlobDigest.normalize(digest);
        String path = "/api/blobs/" + d;
        return Uni.createFrom().completionStage(() -> transport.vertx().fileSystem().props(file.toString())
                        .toCompletionStage())
                .flatMap(props -> blobExists(d).flatMap(exists -> exists
                        ? Uni.createFrom().item(new BlobUpload(d, props.size(), false))
                        : transport.upload(path, file, props.size()).map(r -> {
                            if (r.status() / 100 != 2) {
                                throw transport.error(path, r, null);
                            }
                            return new BlobUpload(d, props.size(), true);
                        })));
    }

    @Override
    public void close() {
        transport.close();
    }

    // -------------------------------------------------------------------------------------------- internals

    /** A POST whose body follows the host version's rules; one Uni on the fast path (version known, nothing to strip). */
    private <T> Uni<T> post(String path, Object request, String model, Options options, ObjectReader reader) {
        if (sendsAsIs(options)) {
            return transport.call(HttpMethod.POST, path, () -> json(request), model, reader::readValue);
        }
        return prepared(path, request, options)
                .flatMap(body -> transport.call(HttpMethod.POST, path, () -> body, model, reader::readValue));
    }

    private <T> Multi<T> stream(String path, Object request, String model, Options options, ObjectReader reader,
                                Predicate<T> isFinal) {
        if (sendsAsIs(options)) {
            return transport.stream(path, () -> json(request), model, reader::readValue, isFinal, true);
        }
        return prepared(path, request, options).onItem().transformToMulti(body -> transport.stream(path,
                () -> body, model, reader::readValue, isFinal, true));
    }

    /** True when the request can go as serialized: no checks wanted, or a known host version needs none. */
    private boolean sendsAsIs(Options options) {
        if (config.optionPolicy() == OptionPolicy.SEND_AS_IS) {
            return true;
        }
        HostVersion v = version;
        return v != null && VersionRules.nothingToCheck(v.version(), options == null ? Set.of() : options.names());
    }

    /** Serializes a request, applying the host version's rules to its options and fields. */
    private Uni<Buffer> prepared(String path, Object request, Options options) {
        Collection<String> names = options == null ? Set.of() : options.names();
        return version().map(hv -> {
            if (VersionRules.nothingToCheck(hv.version(), names)) {
                return json(request);
            }
            ObjectNode tree = OllamaJson.MAPPER.valueToTree(request);
            boolean strip = config.optionPolicy() == OptionPolicy.STRIP_AND_REPORT;
            CompatibilityReport report = VersionRules.check(base, path, hv.version(), tree, strip);
            if (!report.isEmpty()) {
                if (!strip) {
                    throw new IncompatibleRequestException(base, path, report);
                }
                config.compatibilityListener().accept(report);
            }
            return json(tree);
        });
    }

    private Uni<HostVersion> requireVersion(String path, String since) {
        if (config.optionPolicy() == OptionPolicy.SEND_AS_IS) {
            return Uni.createFrom().nullItem();
        }
        return version().map(v -> {
            if (!v.atLeast(since)) {
                throw new UnsupportedByHostException(base, path, path + " needs Ollama " + since + "; " + base
                        + " runs " + v.version());
            }
            return v;
        });
    }

    private static Buffer json(Object value) {
        try {
            return Buffer.buffer(OllamaJson.MAPPER.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private JsonNode tree(Buffer b, String path) {
        try {
            return OllamaJson.MAPPER.readTree(b.getBytes());
        } catch (IOException e) {
            throw new OllamaProtocolException(base, path, "unreadable reply from " + base + path, e);
        }
    }
}
