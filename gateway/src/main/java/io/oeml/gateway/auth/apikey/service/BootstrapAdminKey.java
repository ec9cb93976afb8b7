package io.oeml.gateway.auth.apikey.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.oeml.gateway.auth.apikey.ApiKeyConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The first admin key of a fresh installation: at start, when {@code gateway.auth.bootstrap-admin-key-file} is set and
 * no valid admin key exists, creates one and writes it to that file (mode 0600). The log names only the key id and the
 * file. Two replicas starting at once take turns on a Postgres advisory lock, so one key is made, by one of them.
 */
@ApplicationScoped
public class BootstrapAdminKey {

    private static final Logger LOG = Logger.getLogger(BootstrapAdminKey.class);

    void onStart(@Observes StartupEvent ignored, ApiKeyConfig config, ApiKeyService keys) throws Throwable {
        if (config.bootstrapAdminKeyFile().isEmpty()) {
            return;
        }
        Path file = config.bootstrapAdminKeyFile().get();
        var issued = VertxContextSupport.subscribeAndAwait(keys::bootstrapAdmin);
        if (issued.isEmpty()) {
            LOG.info("a valid admin API key exists; no bootstrap key created");
            return;
        }
        write(file, issued.get().key());
        LOG.infof("created bootstrap admin API key %s, written to %s", issued.get().stored().keyId, file);
    }

    private static void write(Path file, String key) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".admin-key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, key + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bootstrap admin key to " + file, e);
        }
    }
}
