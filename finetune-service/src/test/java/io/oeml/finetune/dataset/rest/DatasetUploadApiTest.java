package io.oeml.finetune.dataset.rest;

import static io.oeml.finetune.dataset.Fixtures.validLines;
import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/** Uploads are stored once per owner and content, size-limited, and seen only by their owner. */
@QuarkusTest
@TestProfile(DatasetDoublesProfile.class)
@WithTestResource(RealInfraResource.class)
class DatasetUploadApiTest {

    private static final Path STORE = Path.of("target/fine-tuning/datasets");

    private final DatasetsApi api = DatasetsApi.newOwner();

    @Test
    void anUploadIsStoredUnderItsHashAndValidated() throws Exception {
        List<String> lines = validLines(12);

        String sha256 = api.upload(lines).then().statusCode(201)
                .body("success", equalTo(true))
                .body("dataset.sha256", equalTo(sha256(lines)))
                .body("dataset.training_data_path", containsString("dataset:"))
                .body("dataset.validation.errors", equalTo(0))
                .body("dataset.validation.data_type", equalTo("jsonl"))
                .body("dataset.validation.passed", equalTo(true))
                .body("dataset.validation.detected", equalTo(true))
                .extract().path("dataset.sha256");

        assertTrue(Files.isRegularFile(STORE.resolve("blobs").resolve(sha256)));
    }

    @Test
    void theSameBytesAgainGiveTheDatasetStoredFirst() {
        List<String> lines = validLines(13);
        String first = api.uploaded(lines);

        api.upload(lines).then().statusCode(200).body("dataset.dataset_id", equalTo(first));
        api.list().then().body("total", equalTo(1));
    }

    @Test
    void uploadsOfTheSameBytesAtOnceGiveOneDataset() throws Exception {
        List<String> lines = validLines(18);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ids.add(pool.submit(() -> api.upload(lines).then().extract().<String>path("dataset.dataset_id")));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> id : ids) {
                distinct.add(id.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, distinct.size(), "dataset ids: " + distinct);
        } finally {
            pool.shutdownNow();
        }
        api.list().then().body("total", equalTo(1));
    }

    @Test
    void anUploadOverTheLimitIs413AndNothingIsKept() throws IOException {
        byte[] big = new byte[70 * 1024];
        Arrays.fill(big, (byte) 'x');

        assertEnvelope(api.upload(big, "big.txt", Map.of()).then(), 413, "DATASET_TOO_LARGE")
                .body("error", containsString("65536 bytes"));

        api.list().then().body("datasets", empty());
        assertFalse(Files.exists(STORE.resolve("blobs").resolve(sha256(big))));
        assertEquals(List.of(), incoming());
    }

    @Test
    void aBodyOverTheRoutesLimitGetsTheEnvelope() {
        byte[] huge = new byte[2 * 1024 * 1024];

        assertEnvelope(api.upload(huge, "huge.txt", Map.of()).then(), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedBodyOverTheRoutesLimitGetsTheEnvelope() throws Exception {
        String boundary = "oeml-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 2 * 1024 * 1024];
        System.arraycopy(head, 0, body, 0, head.length);
        // no length given: the body goes chunked, so only the limit on the bytes received can stop it
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + DatasetsApi.BASE))
                .header("Authorization", "Bearer " + api.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertThat(response.body(), containsString("\"error_code\":\"PAYLOAD_TOO_LARGE\""));
        // Quarkus deletes the part it had begun to write once the refused request ends, which can be just after the
        // 413 has been sent: nothing is kept, within a bounded wait.
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(List.of(), incoming()));
    }

    @Test
    void anotherOwnersDatasetIsNotFound() {
        String theirs = DatasetsApi.newOwner().uploaded(validLines(14));

        assertEnvelope(api.show(theirs).then(), 404, "DATASET_NOT_FOUND");
        assertEnvelope(api.delete(theirs).then(), 404, "DATASET_NOT_FOUND");
        assertEnvelope(api.validate(Map.of("dataset_id", theirs)).then(), 404, "DATASET_NOT_FOUND");
    }

    @Test
    void theListHoldsOnlyTheCallersDatasets() {
        DatasetsApi.newOwner().uploaded(validLines(15));
        String mine = api.uploaded(validLines(16));

        api.list().then().statusCode(200).body("total", equalTo(1)).body("datasets[0].dataset_id", equalTo(mine));
    }

    @Test
    void theFileGoesWithTheLastDatasetOfItsBytes() throws Exception {
        List<String> lines = validLines(17);
        DatasetsApi other = DatasetsApi.newOwner();
        String mine = api.uploaded(lines);
        String theirs = other.uploaded(lines);
        Path blob = STORE.resolve("blobs").resolve(sha256(lines));

        api.delete(mine).then().statusCode(200);
        assertTrue(Files.exists(blob));
        other.delete(theirs).then().statusCode(200);
        assertFalse(Files.exists(blob));
        assertEnvelope(other.show(theirs).then(), 404, "DATASET_NOT_FOUND");
    }

    @Test
    void anUnknownDataTypeIs400() {
        assertEnvelope(api.upload("a".getBytes(StandardCharsets.UTF_8), "a.txt", Map.of("data_type", "parquet"))
                .then(), 400, "INVALID_PARAMETER").body("error", containsString("'data_type'"));
    }

    @Test
    void anUploadWithoutAFileIs400() {
        assertEnvelope(api.request().multiPart("name", "nothing").post(DatasetsApi.BASE).then(), 400,
                "INVALID_PARAMETER").body("error", containsString("'file'"));
    }

    private static List<Path> incoming() throws IOException {
        Path dir = STORE.resolve("incoming");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static String sha256(List<String> lines) throws Exception {
        return sha256((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
