package io.oeml.agent.config;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * The host id (Kafka key of every snapshot) and hostname, fixed for the life of the process. The id is the configured
 * one, else the one kept in {@code <state-dir>/host-id}, else derived from the hostname and {@code /etc/machine-id}
 * (or a random UUID when there is none) and written there, so it survives restarts.
 */
@ApplicationScoped
public class HostIdentity {

    private static final Logger LOG = Logger.getLogger(HostIdentity.class);
    private static final Path MACHINE_ID = Path.of("/etc/machine-id");

    private final String hostname;
    private final String hostId;

    public HostIdentity(AgentConfig config) {
        this.hostname = localHostname();
        this.hostId = config.hostId().filter(id -> !id.isBlank())
                .orElseGet(() -> persistedOrDerived(config.stateDir().resolve("host-id"), hostname, MACHINE_ID));
    }

    public String hostId() {
        return hostId;
    }

    public String hostname() {
        return hostname;
    }

    static String persistedOrDerived(Path idFile, String hostname, Path machineIdFile) {
        try {
            if (Files.isRegularFile(idFile)) {
                String kept = Files.readString(idFile).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
        } catch (IOException e) {
            LOG.warnf("cannot read host id from %s: %s", idFile, e.getMessage());
        }
        String derived = derive(hostname, machineIdFile);
        try {
            Files.createDirectories(idFile.getParent());
            Files.writeString(idFile, derived + "\n");
        } catch (IOException e) {
            LOG.warnf("cannot keep host id in %s (%s); set agent.host-id for an id that survives reinstalls",
                    idFile, e.getMessage());
        }
        return derived;
    }

    private static String derive(String hostname, Path machineIdFile) {
        String seed;
        try {
            seed = Files.isReadable(machineIdFile) ? Files.readString(machineIdFile).strip() : "";
        } catch (IOException e) {
            seed = "";
        }
        if (seed.isEmpty()) {
            seed = UUID.randomUUID().toString();
        }
        return slug(hostname) + "-" + shortHash(hostname + "/" + seed);
    }

    private static String slug(String hostname) {
        String slug = hostname.toLowerCase().replaceAll("[^a-z0-9.-]", "-");
        return slug.isEmpty() ? "host" : slug;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static String localHostname() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
