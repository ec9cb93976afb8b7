package io.oeml.gateway.auth.apikey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.gateway.GatewayTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@WithTestResource(GatewayTestResource.class)
@TestProfile(BootstrapAdminKeyTest.WithBootstrapFile.class)
class BootstrapAdminKeyTest {

    static final Path FILE = Path.of(System.getProperty("java.io.tmpdir"), "oeml-bootstrap-" + ProcessHandle.current().pid(),
            "admin-key");

    public static class WithBootstrapFile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.auth.bootstrap-admin-key-file", FILE.toString());
        }
    }

    @Test
    void aFreshGatewayWritesAWorkingAdminKeyReadableByItsOwnerOnly() throws IOException {
        String key = Files.readString(FILE).trim();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(FILE))).isEqualTo("rw-------");
        given().auth().oauth2(key).when().get("/api/ai/ollama/auth/keys").then().statusCode(200);
        given().auth().oauth2(key).when().get("/api/ai/ollama/audit").then().statusCode(200);
    }
}
