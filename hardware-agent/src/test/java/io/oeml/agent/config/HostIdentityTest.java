package io.oeml.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostIdentityTest {

    @TempDir
    Path dir;

    @Test
    void derivedIdIsKeptAndReusedAfterARestart() throws IOException {
        Path idFile = dir.resolve("state/host-id");
        Path machineId = Files.writeString(dir.resolve("machine-id"), "3d1219c7aa5b4c2e9f00112233445566\n");

        String first = HostIdentity.persistedOrDerived(idFile, "gpu-box", machineId);
        String second = HostIdentity.persistedOrDerived(idFile, "renamed-box", dir.resolve("no-machine-id"));

        assertEquals(first, second);
        assertEquals(first, Files.readString(idFile).strip());
    }

    @Test
    void derivedIdStartsWithTheHostname() {
        assertTrue(HostIdentity.persistedOrDerived(dir.resolve("host-id"), "GPU_Box", dir.resolve("none")).startsWith("gpu-box-"));
    }

    @Test
    void sameMachineIdAndHostnameGiveTheSameIdWithoutState() throws IOException {
        Path machineId = Files.writeString(dir.resolve("machine-id"), "3d1219c7aa5b4c2e9f00112233445566\n");

        assertEquals(HostIdentity.persistedOrDerived(dir.resolve("a/host-id"), "box", machineId),
                HostIdentity.persistedOrDerived(dir.resolve("b/host-id"), "box", machineId));
    }
}
