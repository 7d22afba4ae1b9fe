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
import java.util.function.BiFunction;
import org.jaywalk.framework.io.EventRecords;
import org.tensorflow.proto.Event;
import org.tensorflow.proto.HistogramProto;
import org.tensorflow.proto.Summary;

/**
 * Reads a TensorBoard events file (TFRecord: length, crc, data, crc; both checksums checked) back: scalars, images
 * and histograms by tag, or plugin summaries.
 */
public final class EventFiles {

    /** One scalar point. */
    public record Point(long step, float value) {
    }

    /**
     * One image summary.
     *
     * @param png the encoded image as stored
     */
    public record Image(long step, int width, int height, int colorspace, byte[] png) {
    }

    /**
     * One histogram summary.
     *
     * @param limits the right edge of each bucket
     * @param counts the values in each bucket
     */
    public record Histogram(long step, double min, double max, double count, double sum, List<Double> limits,
                            List<Double> counts) {
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
        return values(file, Summary.Value.ValueCase.SIMPLE_VALUE, (step, v) -> new Point(step, v.getSimpleValue()));
    }

    /** Images by tag as stored (TensorFlow's image summary op appends {@code /image}), in file order. */
    public static Map<String, List<Image>> images(Path file) throws IOException {
        return values(file, Summary.Value.ValueCase.IMAGE, (step, v) -> new Image(step, v.getImage().getWidth(),
                v.getImage().getHeight(), v.getImage().getColorspace(), v.getImage().getEncodedImageString().toByteArray()));
    }

    /** Histograms by tag, in file order. */
    public static Map<String, List<Histogram>> histograms(Path file) throws IOException {
        return values(file, Summary.Value.ValueCase.HISTO, (step, v) -> {
            HistogramProto h = v.getHisto();
            return new Histogram(step, h.getMin(), h.getMax(), h.getNum(), h.getSum(), h.getBucketLimitList(),
                    h.getBucketList());
        });
    }

    /** The summary values of one kind, read by {@code reader}, by tag in file order. */
    private static <T> Map<String, List<T>> values(Path file, Summary.Value.ValueCase kind,
                                                   BiFunction<Long, Summary.Value, T> reader) throws IOException {
        Map<String, List<T>> out = new LinkedHashMap<>();
        for (Event event : events(file)) {
            for (Summary.Value v : event.getSummary().getValueList()) {
                if (v.getValueCase() == kind) {
                    out.computeIfAbsent(v.getTag(), t -> new ArrayList<>()).add(reader.apply(event.getStep(), v));
                }
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
