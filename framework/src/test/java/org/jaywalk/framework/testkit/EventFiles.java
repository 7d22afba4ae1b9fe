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
import org.tensorflow.proto.Event;
import org.tensorflow.proto.Summary;

/** Reads a TensorBoard events file (TFRecord: length, crc, data, crc) back into scalars by tag. */
public final class EventFiles {

    /** One scalar point. */
    public record Point(long step, float value) {
    }

    private EventFiles() {
    }

    /** Scalars by tag, in file order. */
    public static Map<String, List<Point>> scalars(Path file) throws IOException {
        Map<String, List<Point>> out = new LinkedHashMap<>();
        for (Event event : events(file)) {
            for (Summary.Value v : event.getSummary().getValueList()) {
                out.computeIfAbsent(v.getTag(), t -> new ArrayList<>()).add(new Point(event.getStep(), v.getSimpleValue()));
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
                long length = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getLong();
                byte[] data = new byte[Math.toIntExact(length)];
                in.readFully(data);
                in.readFully(new byte[4]); // data crc
                events.add(Event.parseFrom(data));
            }
        }
    }
}
