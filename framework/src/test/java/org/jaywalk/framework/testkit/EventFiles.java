package org.jaywalk.framework.testkit;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.io.EventRecords;
import org.tensorflow.proto.Event;
import org.tensorflow.proto.Summary;

/**
 * Reads a TensorBoard events file (TFRecord: length, crc, data, crc; both checksums checked) back into scalars by
 * tag, or into plugin summaries.
 */
public final class EventFiles {

    /** One scalar point. */
    public record Point(long step, float value) {
    }

    /**
     * A summary value that names its plugin in its metadata.
     *
     * @param step the event's step
     * @param tag the value's tag
     * @param plugin {@code SummaryMetadata.plugin_data.plugin_name}
     * @param content {@code SummaryMetadata.plugin_data.content}: the plugin's own serialized protobuf
     */
    public record PluginSummary(long step, String tag, String plugin, byte[] content) {
    }

    private EventFiles() {
    }

    /** Scalars (simple values) by tag, in file order. */
    public static Map<String, List<Point>> scalars(Path file) throws IOException {
        Map<String, List<Point>> out = new LinkedHashMap<>();
        for (Event event : events(file)) {
            for (Summary.Value v : event.getSummary().getValueList()) {
                if (v.getValueCase() != Summary.Value.ValueCase.SIMPLE_VALUE) {
                    continue;
                }
                out.computeIfAbsent(v.getTag(), t -> new ArrayList<>()).add(new Point(event.getStep(), v.getSimpleValue()));
            }
        }
        return out;
    }

    /** The summary values of the file whose metadata names a plugin, in file order. */
    public static List<PluginSummary> pluginSummaries(Path file) throws IOException {
        List<PluginSummary> out = new ArrayList<>();
        for (Event event : events(file)) {
            for (Summary.Value v : event.getSummary().getValueList()) {
                if (v.hasMetadata() && v.getMetadata().hasPluginData()) {
                    out.add(new PluginSummary(event.getStep(), v.getTag(), v.getMetadata().getPluginData().getPluginName(),
                            v.getMetadata().getPluginData().getContent().toByteArray()));
                }
            }
        }
        return out;
    }

    /** Every event record of the file. */
    public static List<Event> events(Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            byte[] header = new byte[12];
            while (true) {
                try {
                    in.readFully(header);
                } catch (EOFException end) {
                    return events;
                }
                ByteBuffer fields = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
                long length = fields.getLong();
                check(file, "length", java.util.Arrays.copyOf(header, Long.BYTES), fields.getInt());
                byte[] data = new byte[Math.toIntExact(length)];
                in.readFully(data);
                byte[] crc = new byte[Integer.BYTES];
                in.readFully(crc);
                check(file, "data", data, ByteBuffer.wrap(crc).order(ByteOrder.LITTLE_ENDIAN).getInt());
                events.add(Event.parseFrom(data));
            }
        }
    }

    private static void check(Path file, String what, byte[] bytes, int maskedCrc) throws IOException {
        if (EventRecords.maskedCrc(bytes) != maskedCrc) {
            throw new IOException("bad " + what + " checksum in " + file);
        }
    }
}
