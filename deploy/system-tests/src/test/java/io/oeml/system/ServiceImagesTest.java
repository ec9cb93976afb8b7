package io.oeml.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each service's image tarball, as the build wrote it with no Docker engine, holds what a cluster needs to run it. */
class ServiceImagesTest {

    /** The five images and the ports their services listen on (HTTP, management: health and metrics). */
    enum Service {
        GATEWAY("gateway", 8080, 9080),
        LIBRARY("library-service", 8081, 9081),
        FINETUNE("finetune-service", 8082, 9082),
        OPTIMIZER("optimizer-service", 8083, 9083),
        AGENT("hardware-agent", 8084, 9084);

        final String module;
        final List<Integer> ports;

        Service(String module, int http, int management) {
            this.module = module;
            this.ports = List.of(http, management);
        }
    }

    @TempDir
    static Path unpacked;
    private static final Map<Service, ServiceImage> IMAGES = new HashMap<>();

    private static ServiceImage image(Service service) {
        return IMAGES.computeIfAbsent(service, s -> ServiceImage.unpack(s.module, unpacked));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void isTaggedWithItsModuleAndTheProjectVersion(Service service) {
        assertThat(image(service).repoTags()).containsExactly("oeml/" + service.module + ":" + System.getProperty("suite.version"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void runsAsTheNonRootUser185(Service service) {
        assertThat(image(service).user()).isEqualTo("185");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void startsTheQuarkusAppInItsWorkingDirectoryWithAHeapSizedByTheContainer(Service service) {
        ServiceImage image = image(service);

        assertThat(image.entrypoint()).startsWith("java").endsWith("-jar", "quarkus-run.jar")
                .contains("-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError");
        assertThat(image.file(image.workingDir()).resolve("quarkus-run.jar")).isRegularFile();
        assertThat(Files.isExecutable(image.file("/opt/java/bin/java"))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void exposesItsHttpAndManagementPorts(Service service) {
        assertThat(image(service).exposedPorts()).isEqualTo(service.ports);
    }
}
