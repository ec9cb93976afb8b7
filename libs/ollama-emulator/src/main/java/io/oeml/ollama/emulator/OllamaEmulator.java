package io.oeml.ollama.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.oeml.ollama.emulator.fault.Faults;
import io.oeml.ollama.emulator.http.EmulatorState;
import io.oeml.ollama.emulator.http.Routes;
import io.oeml.ollama.emulator.http.Runners;
import io.oeml.ollama.emulator.http.Stats;
import io.oeml.ollama.emulator.model.BlobStore;
import io.oeml.ollama.emulator.model.InstalledModel;
import io.oeml.ollama.emulator.model.ModelStore;
import io.oeml.ollama.emulator.model.SeedCatalog;
import io.oeml.ollama.emulator.sim.EvalPrompts;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

/**
 * An Ollama-compatible HTTP server for tests and demos. It is <b>not Ollama</b>: no model runs; replies, timings and
 * memory figures come from the documented cost and correctness models (README.md). Every response carries the
 * header {@code X-Ollama-Emulator: OllamaEmulator}, and {@code /api/version} says {@code "emulator":"OllamaEmulator"}.
 *
 * <pre>
 * try (OllamaEmulator emu = OllamaEmulator.start(0)) {
 *     String baseUrl = emu.baseUrl();   // http://127.0.0.1:PORT
 *     emu.faults().failWith("/api/generate", 500, "boom", 1);
 * }
 * </pre>
 *
 * Standalone: {@code java -cp ... io.oeml.ollama.emulator.OllamaEmulator [--port 11435] [--time-scale 0.1] ...}.
 */
public final class OllamaEmulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OllamaEmulator.class.getName());

    private final EmulatorConfig config;
    private final Vertx vertx;
    private final HttpServer server;
    private final EmulatorState state;
    private final BlobStore blobs;
    private final Faults faults;
    private final Stats stats;
    private final ModelStore store;

    private OllamaEmulator(EmulatorConfig config) {
        this.config = config;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(2));
        this.blobs = new BlobStore(config.blobDir());
        this.faults = new Faults();
        this.stats = new Stats();
        this.store = new ModelStore(SeedCatalog.load());
        this.state = new EmulatorState(config, vertx, store, blobs, faults, stats);
        this.server = vertx.createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port())
                .setTcpNoDelay(true).setCompressionSupported(false));
        server.requestHandler(Routes.router(state));
    }

    /** Starts on {@code port} (0 = a free port) of 127.0.0.1 with default settings. */
    public static OllamaEmulator start(int port) {
        return start(EmulatorConfig.defaults().withPort(port));
    }

    public static OllamaEmulator start(EmulatorConfig config) {
        OllamaEmulator e = new OllamaEmulator(config);
        try {
            e.server.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception ex) {
            e.close();
            throw new IllegalStateException("OllamaEmulator could not listen on " + config.host() + ":"
                    + config.port() + ": " + ex.getMessage(), ex);
        }
        LOG.log(System.Logger.Level.INFO, e.startupLine());
        return e;
    }

    public String startupLine() {
        return "OllamaEmulator (an emulator for tests and demos, not Ollama) listening on " + baseUrl()
                + "; speaks the Ollama API as version " + config.ollamaVersion() + "; " + store.list().size()
                + " models installed; time scale " + config.timeScale() + "; seed " + config.seed();
    }

    /** {@code http://host:port}, no trailing slash. */
    public String baseUrl() {
        return "http://" + config.host() + ":" + port();
    }

    public int port() {
        return server.actualPort();
    }

    public EmulatorConfig config() {
        return config;
    }

    /** Inject faults: 500s, slow replies, mid-stream errors, dropped connections. */
    public Faults faults() {
        return faults;
    }

    public Stats stats() {
        return stats;
    }

    public List<InstalledModel> installedModels() {
        return store.list();
    }

    public List<Runners.Runner> loadedModels() {
        return state.runners().list();
    }

    public static List<EvalPrompts.EvalPrompt> evalPrompts() {
        return EvalPrompts.all();
    }

    public Path blobDir() {
        return blobs.dir();
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
        blobs.close();
    }

    @Override
    public String toString() {
        return "OllamaEmulator[" + baseUrl() + "]";
    }

    public static void main(String[] args) {
        EmulatorConfig c = EmulatorConfig.defaults().withPort(EmulatorConfig.DEFAULT_STANDALONE_PORT)
                .withTimeScale(0.1);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--port" -> c = c.withPort(Integer.parseInt(require(a, v)));
                case "--host" -> c = c.withHost(require(a, v));
                case "--ollama-version" -> c = c.withVersion(require(a, v));
                case "--seed" -> c = c.withSeed(Long.parseLong(require(a, v)));
                case "--time-scale" -> c = c.withTimeScale(Double.parseDouble(require(a, v)));
                case "--gpu-vram-gib" -> c = c.withHardware(c.hardware()
                        .withGpuVram(Math.round(Double.parseDouble(require(a, v)) * EmulatedHardware.GIB)));
                case "--ram-gib" -> c = c.withHardware(c.hardware()
                        .withRam(Math.round(Double.parseDouble(require(a, v)) * EmulatedHardware.GIB)));
                case "--cpu-cores" -> c = c.withHardware(c.hardware().withCpuCores(Integer.parseInt(require(a, v))));
                case "--keep-alive-seconds" -> c = c.withDefaultKeepAlive(Duration.ofSeconds(Long.parseLong(
                        require(a, v))));
                case "--blob-dir" -> c = c.withBlobDir(Path.of(require(a, v)));
                case "--help", "-h" -> {
                    System.out.println("""
                            OllamaEmulator: an Ollama-compatible server for tests and demos (not Ollama).
                              --port N              listen port (default 11435, never Ollama's 11434)
                              --host ADDR           bind address (default 127.0.0.1)
                              --ollama-version V    version to report and emulate (default %s)
                              --seed N              seed of answers and noise (default 42)
                              --time-scale X        real seconds per modelled second (default 0.1; 0 = instant)
                              --gpu-vram-gib X      emulated GPU memory (default 8; 0 = CPU only)
                              --ram-gib X           emulated RAM (default 32)
                              --cpu-cores N         emulated physical cores (default 8)
                              --keep-alive-seconds N default keep_alive (default 300)
                              --blob-dir DIR        where uploaded blobs are kept (default: a temp dir)
                            """.formatted(EmulatorConfig.DEFAULT_VERSION));
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + a + " (try --help)");
            }
            if (a.startsWith("--")) {
                i++;
            }
        }
        OllamaEmulator emu = start(c);
        System.out.println(emu.startupLine());
        Runtime.getRuntime().addShutdownHook(new Thread(emu::close, "ollama-emulator-shutdown"));
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
