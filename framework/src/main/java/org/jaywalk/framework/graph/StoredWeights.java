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
import org.tensorflow.Session;

/**
 * Weights read from a Jaywalk checkpoint or a videowalk {@code .pth}, assigned to a {@link ParameterStore} by
 * name. Names the store lacks (a dropped {@code layer4}, the head, optimizer state, {@code num_batches_tracked})
 * are skipped; every entry of the store must be present with its canonical shape. videowalk's older
 * {@code scratch} checkpoints wrap padded convolutions, so {@code ...conv1.1.weight} is read as
 * {@code ...conv1.weight} (as its {@code test.py} does). Unlike training's lenient warm start
 * ({@code train.WarmStart}), a missing tensor is an error: evaluated weights must be complete.
 */
public final class StoredWeights {

    private final Path file;
    private final Map<String, HostArray> tensors;

    private StoredWeights(Path file, Map<String, HostArray> tensors) {
        this.file = file;
        this.tensors = tensors;
    }

    /** Reads every tensor of {@code file}. */
    public static StoredWeights read(Path file) {
        Map<String, HostArray> renamed = new LinkedHashMap<>();
        TensorFiles.read(file).forEach((name, value) -> renamed.put(canonicalName(name), value));
        return new StoredWeights(file, Collections.unmodifiableMap(renamed));
    }

    /** Weights held in memory (e.g. built by a test), attributed to {@code source} in error messages. */
    public static StoredWeights of(Path source, Map<String, HostArray> tensors) {
        return new StoredWeights(source, Collections.unmodifiableMap(new LinkedHashMap<>(tensors)));
    }

    /** The tensors by (canonical) name. */
    public Map<String, HostArray> tensors() {
        return tensors;
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
            HostArray value = tensors.get(e.name());
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

    /** videowalk's renaming of wrapped-convolution weights ({@code code/test.py}, model type {@code scratch}). */
    static String canonicalName(String name) {
        if (name.contains("conv1.1.weight") || name.contains("conv2.1.weight")) {
            return name.replace(".1.weight", ".weight");
        }
        return name;
    }

    private static String abbreviate(List<String> names) {
        int shown = Math.min(names.size(), 8);
        return names.subList(0, shown) + (shown < names.size() ? " and " + (names.size() - shown) + " more" : "");
    }
}
