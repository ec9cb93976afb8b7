package io.oeml.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Postgres killed hard (SIGKILL, as in a crash or an OOM kill) starts again on its data at once. */
class PostgresRestartTest {

    @TempDir
    Path dir;

    private final int port = FreePorts.next();
    private final List<AutoCloseable> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        for (AutoCloseable part : started) {
            part.close();
        }
    }

    @Test
    void startsAgainRightAfterItsPostmasterWasKilled() throws Exception {
        PostgresServer killed = start();
        killHard(killed);
        killed.close();

        assertEquals(1, selectOne(start()));
    }

    @Test
    void startsDespiteALockWhosePidNowBelongsToAnotherProcess() throws Exception {
        PostgresServer killed = start();
        killHard(killed);
        List<String> staleLock = lock();
        killed.close();
        writeLock(staleLock, otherProcess().pid());

        assertEquals(1, selectOne(start()));
    }

    @Test
    void stoppingAKilledPostgresSignalsNoProcessThatReusedItsPid() throws Exception {
        PostgresServer killed = start();
        killHard(killed);
        Process recycled = otherProcess();
        writeLock(lock(), recycled.pid());

        killed.close();

        assertTrue(recycled.isAlive(), "pg_ctl stop signalled the process that now has the dead postmaster's pid");
    }

    private Path data() {
        return dir.resolve("data");
    }

    private PostgresServer start() {
        PostgresServer postgres = PostgresServer.start(data(), port);
        started.add(postgres);
        return postgres;
    }

    /**
     * SIGKILL, then wait until its port is free; its pid may still be a zombie for a while (an init that reaps
     * orphans late). The handle must still be closed, as after any stop, to release zonky's lock in this JVM.
     */
    private void killHard(PostgresServer postgres) throws InterruptedException {
        ProcessHandle.of(postgres.pid()).orElseThrow().destroyForcibly();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (accepts(port) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private Process otherProcess() throws IOException {
        Process process = new ProcessBuilder("sleep", "60").start();
        started.add(process::destroyForcibly);
        return process;
    }

    private List<String> lock() throws IOException {
        return Files.readAllLines(data().resolve("postmaster.pid"));
    }

    /** What a recycled pid looks like: the dead postmaster's lock names a process that runs. */
    private void writeLock(List<String> staleLock, long pid) throws IOException {
        List<String> lines = new ArrayList<>(staleLock);
        lines.set(0, Long.toString(pid));
        Files.write(data().resolve("postmaster.pid"), lines);
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static int selectOne(PostgresServer postgres) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
