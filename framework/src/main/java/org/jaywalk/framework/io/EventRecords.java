package org.jaywalk.framework.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32C;
import org.jaywalk.framework.spi.io.AtomicFiles;
import org.tensorflow.proto.Event;

/**
 * TensorBoard event files written directly, without TensorFlow: TFRecords (the data's length as a little-endian
 * 64-bit integer, its masked CRC-32C, the serialized {@link Event}, the data's masked CRC-32C), starting with the
 * {@code brain.Event:2} version event. For summaries TensorFlow's summary ops do not write, such as TensorBoard
 * plugins' own protobufs; a run's scalars go through the run's {@code TensorBoard}.
 */
public final class EventRecords {

    /** The version event that starts every file. */
    static final String FILE_VERSION = "brain.Event:2";
    private static final int MASK_DELTA = 0xa282ead8;

    private EventRecords() {
    }

    /** Replaces {@code file} with a new event file holding {@code events} (temporary file, then renamed). */
    public static void write(Path file, List<Event> events) {
        try {
            AtomicFiles.write(file, out -> {
                out.write(record(versionEvent()));
                writeAll(out, events);
            });
        } catch (IOException e) {
            throw failed(file, e);
        }
    }

    /** Appends {@code events} to {@code file}, which is started with the version event when it does not exist. */
    public static void append(Path file, List<Event> events) {
        boolean exists = Files.exists(file);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            if (!exists) {
                out.write(record(versionEvent()));
            }
            writeAll(out, events);
        } catch (IOException e) {
            throw failed(file, e);
        }
    }

    /**
     * The masked CRC-32C TFRecord files hold: the checksum rotated right by 15 bits plus a constant, as
     * TensorFlow's {@code crc32c::Mask} computes it.
     */
    public static int maskedCrc(byte[] data) {
        CRC32C crc = new CRC32C();
        crc.update(data);
        int value = (int) crc.getValue();
        return ((value >>> 15) | (value << 17)) + MASK_DELTA;
    }

    private static UncheckedIOException failed(Path file, IOException e) {
        return new UncheckedIOException("cannot write the TensorBoard events " + file + ": " + e.getMessage(), e);
    }

    private static void writeAll(OutputStream out, List<Event> events) throws IOException {
        for (Event event : events) {
            out.write(record(event));
        }
    }

    private static byte[] record(Event event) {
        byte[] data = event.toByteArray();
        byte[] length = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(data.length).array();
        return ByteBuffer.allocate(length.length + 2 * Integer.BYTES + data.length).order(ByteOrder.LITTLE_ENDIAN)
                .put(length).putInt(maskedCrc(length)).put(data).putInt(maskedCrc(data)).array();
    }

    private static Event versionEvent() {
        return Event.newBuilder().setWallTime(System.currentTimeMillis() / 1000.0).setFileVersion(FILE_VERSION).build();
    }
}
