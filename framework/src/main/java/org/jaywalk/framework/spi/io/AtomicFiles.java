package org.jaywalk.framework.spi.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file through a temporary sibling that is flushed to disk and then atomically renamed over the
 * target, so an interrupted write never replaces the previous version.
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The temporary siblings {@link #write} makes: {@code .<name>.<uuid>.partial}. */
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.partial");

    private AtomicFiles() {
    }

    /**
     * Deletes the temporary files that writes into {@code folder} left when their process was killed (a finished
     * or failed write removes its own). Only call it while no other process writes there.
     *
     * @return how many were deleted
     */
    public static int removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            int removed = 0;
            for (Path file : files.filter(f -> LEFTOVER.matcher(f.getFileName().toString()).matches()).toList()) {
                removed += Files.deleteIfExists(file) ? 1 : 0;
            }
            return removed;
        } catch (IOException e) {
            throw FileKind.PLAIN.failed(folder, "clean up interrupted writes in", e);
        }
    }

    /**
     * Replaces {@code target} (creating its directory if needed) with {@code bytes}.
     *
     * @throws JaywalkIoException naming the file when it cannot be written
     */
    public static void write(Path target, byte[] bytes) {
        write(target, FileKind.PLAIN, out -> out.write(bytes));
    }

    /** Replaces {@code target} with {@code text} in UTF-8; see {@link #write(Path, byte[])}. */
    public static void writeString(Path target, String text) {
        write(target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Replaces {@code target} (creating its directory if needed) with what {@code writer} writes. */
    public static void write(Path target, FileKind kind, Writer writer) {
        try {
            write(target, writer);
        } catch (IOException e) {
            throw kind.failed(target, "write", e);
        }
    }

    /**
     * Replaces {@code target} (creating its directory if needed) with what {@code writer} writes; on failure the
     * previous version of {@code target}, if any, is left as it was.
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path file = target.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".partial");
            writeAndSync(temp, writer);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void writeAndSync(Path temp, Writer writer) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            writer.writeTo(new KeepOpen(out));
            out.flush();
            channel.force(true);
        }
    }

    /** Lets the writer close its streams (try-with-resources) without closing the channel before the sync. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: a stale ".partial" file never shadows the target
        }
    }
}
