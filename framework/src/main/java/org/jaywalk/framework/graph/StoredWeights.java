package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.ParameterStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.io.TensorFiles;
import org.jaywalk.framework.io.WeightFormat;
import org.tensorflow.Session;

/**
 * Weights read from a Jaywalk checkpoint, a videowalk {@code .pth}, a torchvision or MoCo ResNet (either
 * {@code torch.save} format) or an NPZ file, under Jaywalk's names ({@link WeightFormat}), assigned to a
 * {@link ParameterStore} by name. Names the store lacks (a dropped {@code layer4}, the head, optimizer state,
 * {@code num_batches_tracked}) are skipped; every entry of the store must be present with its canonical shape.
 * Unlike training's warm start ({@code train.WarmStart}), a missing tensor is an error: evaluated weights must
 * be complete.
 */
public final class StoredWeights {

    private final Path file;
    private final WeightFormat.Mapped mapped;
    private final Map<String, Object> torchMetadata;

    private StoredWeights(Path file, WeightFormat.Mapped mapped, Map<String, Object> torchMetadata) {
        this.file = file;
        this.mapped = mapped;
        this.torchMetadata = torchMetadata;
    }

    /** Reads every tensor of {@code file}, its format told from the names. */
    public static StoredWeights read(Path file) {
        return read(file, WeightFormat.AUTO);
    }

    /** Reads every tensor of {@code file} and renames them as {@code format} says. */
    public static StoredWeights read(Path file, WeightFormat format) {
        TensorFiles.Contents contents = TensorFiles.readContents(file);
        return new StoredWeights(file, format.map(contents.tensors()), contents.torchMetadata());
    }

    /** Weights held in memory (e.g. built by a test), attributed to {@code source} in error messages. */
    public static StoredWeights of(Path source, Map<String, HostArray> tensors) {
        return new StoredWeights(source, WeightFormat.JAYWALK.map(tensors), Map.of());
    }

    /** The tensors by Jaywalk name. */
    public Map<String, HostArray> tensors() {
        return Collections.unmodifiableMap(mapped.tensors());
    }

    /** The file's tensors its format deliberately drops (classifier heads, MoCo's key encoder), as named there. */
    public List<String> leftOut() {
        return mapped.leftOut();
    }

    /** A {@code torch.save} file's entries besides its state dict ({@code epoch}, {@code optimizer}, ...). */
    public Map<String, Object> torchMetadata() {
        return torchMetadata;
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** The format the names were read in. */
    public WeightFormat format() {
        return mapped.format();
    }

    /**
     * How the stored tensors fit some store entries, by name and canonical shape.
     *
     * @param values canonical-layout values of the entries that fit
     * @param missing entries with no tensor of their name
     * @param misShaped entries whose tensor has another shape, with both shapes
     */
    public record Match(Map<String, float[]> values, List<String> missing, List<String> misShaped) {
    }

    /** Matches {@code entries} against the stored tensors. */
    public Match match(List<ParameterStore.Entry> entries) {
        Map<String, float[]> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> misShaped = new ArrayList<>();
        for (ParameterStore.Entry e : entries) {
            HostArray value = mapped.tensors().get(e.name());
            if (value == null) {
                missing.add(e.name());
            } else if (!Arrays.equals(value.shape(), e.shape())) {
                misShaped.add(e.name() + " " + Arrays.toString(value.shape()) + " (expected "
                        + Arrays.toString(e.shape()) + ")");
            } else {
                values.put(e.name(), value.floats());
            }
        }
        return new Match(values, missing, misShaped);
    }

    /**
     * Assigns a value to every entry of {@code store}.
     *
     * @throws IllegalArgumentException naming the file and the entries, if some are missing or mis-shaped
     */
    public void assignTo(ParameterStore store, Session session) {
        Match m = match(store.entries());
        if (!m.missing().isEmpty() || !m.misShaped().isEmpty()) {
            throw new IllegalArgumentException("weights " + file + " do not fit the model: "
                    + (m.missing().isEmpty() ? "" : m.missing().size() + " tensors missing " + abbreviate(m.missing()))
                    + (m.missing().isEmpty() || m.misShaped().isEmpty() ? "" : "; ")
                    + (m.misShaped().isEmpty() ? "" : m.misShaped().size() + " with another shape "
                    + abbreviate(m.misShaped())));
        }
        store.assign(session, m.values());
    }

    private static String abbreviate(List<String> names) {
        int shown = Math.min(names.size(), 8);
        return names.subList(0, shown) + (shown < names.size() ? " and " + (names.size() - shown) + " more" : "");
    }
}
