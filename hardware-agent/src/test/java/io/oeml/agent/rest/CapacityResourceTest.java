package io.oeml.agent.rest;

import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.IdentityContract;
import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealInfraResource.class)
class CapacityResourceTest implements IdentityContract {

    private static final String PATH = "/api/agent/capacity";

    @Override
    public String apiRoute() {
        return PATH;
    }

    @Test
    void ramTotalIsTheOneInProcMeminfo() throws IOException {
        long memTotalKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst().orElseThrow();

        get(PATH).then().statusCode(200)
                .body("success", equalTo(true))
                .body("snapshot.memory.total_bytes", equalTo(memTotalKb * 1024))
                .body("snapshot.memory.source", equalTo("oshi"));
    }

    @Test
    void logicalCoreCountIsTheOneNprocPrints() throws Exception {
        Process nproc = new ProcessBuilder("nproc").start();
        int cores = Integer.parseInt(new String(nproc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());

        get(PATH).then().statusCode(200).body("snapshot.cpu.logical_cores", equalTo(cores));
    }

    @Test
    void hostWithoutGpuReportsNone() throws IOException {
        assumeTrue(Files.notExists(Path.of("/dev/nvidia0")) && noDrmCards(), "this host has a GPU");

        get(PATH).then().statusCode(200).body("snapshot.gpus", empty());
    }

    @Test
    void unreachableOllamaIsReportedNotFatal() {
        get(PATH).then().statusCode(200)
                .body("snapshot.ollama.reachable", equalTo(false))
                .body("snapshot.ollama.base_url", equalTo("http://127.0.0.1:9"));
    }

    private static boolean noDrmCards() throws IOException {
        Path drm = Path.of("/sys/class/drm");
        if (Files.notExists(drm)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(drm)) {
            return entries.noneMatch(p -> p.getFileName().toString().matches("card\\d+"));
        }
    }
}
