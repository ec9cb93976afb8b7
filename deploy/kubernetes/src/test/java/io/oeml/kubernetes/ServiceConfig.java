package io.oeml.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The configuration a service runs with outside the test and dev profiles: its application.properties and the
 * META-INF/microprofile-config.properties of the suite's libraries it was packaged with.
 */
record ServiceConfig(Service service, List<Properties> sources) {

    static ServiceConfig of(Service service) {
        List<Properties> sources = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(service.applicationProperties())) {
            sources.add(load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path jar : service.packagedSuiteLibraries()) {
            try (JarFile file = new JarFile(jar.toFile())) {
                ZipEntry entry = file.getEntry("META-INF/microprofile-config.properties");
                if (entry != null) {
                    try (InputStream in = file.getInputStream(entry)) {
                        Properties properties = new Properties();
                        properties.load(in);
                        sources.add(properties);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + jar, e);
            }
        }
        return new ServiceConfig(service, sources);
    }

    /** Every environment variable a production value refers to ({@code %profile.} keys left out). */
    List<EnvReference> envReferences() {
        List<EnvReference> references = new ArrayList<>();
        for (Properties source : sources) {
            for (String key : source.stringPropertyNames()) {
                if (!key.startsWith("%")) {
                    references.addAll(EnvReference.in(key, source.getProperty(key)));
                }
            }
        }
        return references;
    }

    /** The management port (health, metrics) when MANAGEMENT_PORT is not set: the default of quarkus.management.port. */
    int managementPort() {
        return envReferences().stream()
                .filter(r -> r.configKey().equals("quarkus.management.port") && r.name().equals("MANAGEMENT_PORT"))
                .map(r -> Integer.parseInt(r.defaultValue().orElseThrow()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(service.artifactId + " sets no quarkus.management.port"));
    }

    private static Properties load(Reader in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        return properties;
    }
}
