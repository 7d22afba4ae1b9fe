package org.jaywalk.framework.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a checkpoint holds: its tensors (name, dtype, shape) and its metadata, renderable as an aligned text
 * table ({@link #toText()}) or as JSON ({@link #toJson()}).
 *
 * @param file the inspected file
 * @param format its format
 * @param tensors its tensors, in file order
 * @param metadata for Jaywalk checkpoints their {@value CheckpointFile#META_ENTRY}; for PyTorch checkpoints
 *                 every top-level entry but the state dict ({@code epoch}, {@code args}, ...); empty for NPZ
 */
public record CheckpointDescription(Path file, CheckpointFormat format, List<TensorInfo> tensors,
                                    ObjectNode metadata) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public CheckpointDescription {
        tensors = List.copyOf(tensors);
        Objects.requireNonNull(metadata, "metadata");
    }

    /** Total number of tensor elements. */
    public long totalSize() {
        return tensors.stream().mapToLong(TensorInfo::size).sum();
    }

    /** A header, a table with one row per tensor and the metadata as indented JSON. */
    public String toText() {
        List<List<String>> rows = tensors.stream()
                .map(t -> List.of(t.name(), t.dtype().pythonName(), t.shape().toString())).toList();
        return "file:     " + file + "\n"
                + "format:   " + formatName() + "\n"
                + "tensors:  " + tensors.size() + " (" + String.format("%,d", totalSize()) + " values)\n\n"
                + TextTable.render(List.of("NAME", "DTYPE", "SHAPE"), rows) + "\n"
                + "metadata: " + prettyMetadata() + "\n";
    }

    /** {@code {"file", "format", "tensors": [{"name", "dtype", "shape"}], "metadata"}}. */
    public ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file.toString());
        root.put("format", formatName());
        ArrayNode list = root.putArray("tensors");
        for (TensorInfo t : tensors) {
            ObjectNode row = list.addObject().put("name", t.name()).put("dtype", t.dtype().pythonName());
            t.shape().forEach(row.putArray("shape")::add);
        }
        root.set("metadata", metadata.deepCopy());
        return root;
    }

    private String formatName() {
        return format.name().toLowerCase(Locale.ROOT);
    }

    private String prettyMetadata() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("metadata cannot be rendered as JSON", e);
        }
    }
}
