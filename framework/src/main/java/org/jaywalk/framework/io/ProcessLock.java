package org.jaywalk.framework.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * A lock file held by one process at a time, for as long as it works on a folder (a run, a sweep). It is an
 * operating-system file lock, so it is released when the process ends, even by {@code kill -9}; the file holds
 * the holder's PID so that the process it refuses can name it.
 */
public final class ProcessLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private ProcessLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock {@code file} (creating it and its folder), or fails at once.
     *
     * @param what what the lock guards, for the message, e.g. {@code "run folder runs/tiny/a"}
     * @throws ConfigError naming the holder's PID when another process (or this one) holds it
     */
    public static ProcessLock acquire(Path file, String what) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new ConfigError(what + " is in use by jaywalk process " + holder + " (lock file " + file
                        + "): wait for it to finish, or stop that process");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
                    0);
            return new ProcessLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + what + " with " + file, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process
        }
    }

    /** The PID the holder wrote, or "(unknown PID)" when it has not written it yet. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate(32);
        channel.read(content, 0);
        String pid = new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).strip();
        return pid.matches("\\d+") ? pid : "(unknown PID)";
    }

    /** Releases the lock; the file stays (removing it could let two processes lock two different files). */
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
