package org.jaywalk.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.NpzArchive;

/**
 * One reference case: an {@code .npz} of inputs, float64 expected arrays and their {@code tol:} tolerances,
 * with the {@code .json} of settings beside it (see {@code reference/VECTORS.md}).
 */
public final class ReferenceCase {

    private final String name;
    private final Path npz;
    private final JsonNode settings;
    private final Map<String, HostArray> arrays = new TreeMap<>();

    private ReferenceCase(String name, Path npz, JsonNode settings) {
        this.name = name;
        this.npz = npz;
        this.settings = settings;
    }

    /** Loads {@code <dir>/<name>.npz} and {@code <dir>/<name>.json}. */
    public static ReferenceCase load(Path npz) {
        String file = npz.getFileName().toString();
        String name = file.substring(0, file.length() - ".npz".length());
        Path json = npz.resolveSibling(name + ".json");
        try {
            JsonNode settings = new ObjectMapper().readTree(Files.readString(json));
            ReferenceCase c = new ReferenceCase(name, npz, settings);
            c.arrays.putAll(NpzArchive.readAll(npz));
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference case " + npz + " (and its .json)", e);
        }
    }

    public String name() {
        return name;
    }

    public Path file() {
        return npz;
    }

    public JsonNode settings() {
        return settings;
    }

    public boolean has(String key) {
        return arrays.containsKey(key);
    }

    /** Keys starting with {@code prefix} (e.g. {@code grad:}), sorted. */
    public List<String> keys(String prefix) {
        return arrays.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
    }

    private HostArray array(String key) {
        HostArray a = arrays.get(key);
        if (a == null) {
            throw new IllegalArgumentException(name + " has no array '" + key + "'");
        }
        return a;
    }

    public int[] shape(String key) {
        return java.util.Arrays.stream(array(key).shape()).mapToInt(Math::toIntExact).toArray();
    }

    /** An input array (float32 in the file). */
    public float[] floats(String key) {
        return array(key).floats();
    }

    /** An expected array (float64 in the file), or integer targets widened to double. */
    public double[] doubles(String key) {
        return array(key).doubles();
    }

    /** The scalar tolerance {@code tol:<key>}. */
    public double tolerance(String key) {
        return doubles("tol:" + key)[0];
    }

    @Override
    public String toString() {
        return name;
    }
}
