package io.oeml.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each service's image tarball, as the build wrote it with no Docker engine, holds what a cluster needs to run it. */
class ServiceImagesTest {

    /** The five images, by module. */
    enum Service {
        GATEWAY("gateway"),
        LIBRARY("library-service"),
        FINETUNE("finetune-service"),
        OPTIMIZER("optimizer-service"),
        AGENT("hardware-agent");

        final String module;

        Service(String module) {
            this.module = module;
        }

        /** The ports it listens on by default (HTTP, management: health and metrics), as its configuration says. */
        List<Integer> listenPorts() {
            Properties config = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("suite.root"), module,
                    "src/main/resources/application.properties"))) {
                config.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.of(defaultPort(config, "quarkus.http.port"), defaultPort(config, "quarkus.management.port"));
        }

        /** {@code ${SOME_PORT:8080}} gives 8080. */
        private int defaultPort(Properties config, String key) {
            Matcher value = DEFAULTED.matcher(String.valueOf(config.getProperty(key)));
            if (!value.matches()) {
                throw new IllegalStateException(module + " sets " + key + " to " + config.getProperty(key)
                        + ", not ${VARIABLE:port}");
            }
            return Integer.parseInt(value.group(1));
        }
    }

    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Z_]+:(\\d+)}");

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
        assertThat(image(service).exposedPorts()).isEqualTo(service.listenPorts());
    }
}
