package io.oeml.infra.ollama;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.oeml.infra.InfraException;

/**
 * An exclusive lock on one cache entry across processes: test JVMs of several modules and a local run may want the
 * same build or download at once, and only one of them must make it while the others wait and then reuse it.
 */
public final class CacheLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private CacheLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static CacheLock hold(Path entry) {
        Path file = entry.resolveSibling(entry.getFileName() + ".lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                Progress.say("waiting for another process that is making " + entry);
                lock = channel.lock();
            }
            return new CacheLock(channel, lock);
        } catch (IOException e) {
            throw new InfraException("cannot lock " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new InfraException("cannot release a cache lock", e);
        }
    }
}
