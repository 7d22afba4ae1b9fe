package org.jaywalk.framework.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.jaywalk.framework.spi.config.ConfigError;

/** Held by the process that runs a sweep, so two {@code jaywalk sweep} processes never run one sweep folder. */
final class SweepLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private SweepLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws ConfigError when another process holds it */
    static SweepLock acquire(SweepLayout layout) {
        try {
            Files.createDirectories(layout.dir());
            FileChannel channel = FileChannel.open(layout.sweepLock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new ConfigError("the sweep in " + layout.dir() + " is being run by another jaywalk process");
            }
            return new SweepLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the sweep folder " + layout.dir(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
