package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.HostTensors;
import org.jaywalk.framework.spi.graph.Initializer;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.TensorLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The framework's {@link ParameterStore}: variables created in one graph, with assign ops built once for
 * loading values, and {@linkplain #sharingView sharing views} for the replicas of a model.
 */
public final class VariableStore implements ParameterStore {

    private final Ops tf;
    private final Map<String, Entry> entries;
    private final Map<String, Placeholder<TFloat32>> assignInputs;
    private final Map<String, Assign<TFloat32>> assignOps;
    private final boolean sharing;

    public VariableStore(Ops tf) {
        this(tf, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), false);
    }

    private VariableStore(Ops tf, Map<String, Entry> entries, Map<String, Placeholder<TFloat32>> assignInputs,
                           Map<String, Assign<TFloat32>> assignOps, boolean sharing) {
        this.tf = tf;
        this.entries = entries;
        this.assignInputs = assignInputs;
        this.assignOps = assignOps;
        this.sharing = sharing;
    }

    /**
     * The same store, except that {@link #create} returns the existing variable of a name instead of refusing
     * it: how the second and later replicas (towers) of a model reuse the first one's parameters.
     */
    public VariableStore sharingView() {
        return new VariableStore(tf, entries, assignInputs, assignOps, true);
    }

    @Override
    public Variable<TFloat32> create(String name, long[] shape, TensorLayout layout, ParameterKind kind,
                                     Initializer initializer) {
        Entry existing = entries.get(name);
        if (existing != null && sharing && java.util.Arrays.equals(existing.shape(), shape)
                && existing.layout() == layout && existing.kind() == kind) {
            return existing.variable();
        }
        if (existing != null) {
            throw new IllegalStateException("parameter '" + name + "' is defined twice"
                    + (sharing ? " with different shapes or kinds" : ""));
        }
        long[] graphShape = layout.graphShape(shape);
        Variable<TFloat32> v = tf.withName(name).variable(Shape.of(graphShape), TFloat32.class);
        entries.put(name, new Entry(name, shape.clone(), layout, kind, initializer, v));
        return v;
    }


    @Override
    public Entry entry(String name) {
        Entry e = entries.get(name);
        if (e == null) {
            throw new IllegalArgumentException("no parameter named '" + name + "'");
        }
        return e;
    }

    @Override
    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    @Override
    public List<Entry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries.values()));
    }


    /**
     * Builds the assign ops used by {@link #assign}; call once after the whole graph is built (adding ops
     * to a graph a session already runs is legal but makes build order harder to reason about).
     */
    public void prepareAssignments() {
        for (Entry e : entries.values()) {
            if (!assignOps.containsKey(e.name())) {
                Placeholder<TFloat32> in = tf.withName("assign_in." + e.name())
                        .placeholder(TFloat32.class, Placeholder.shape(Shape.of(e.graphShape())));
                assignInputs.put(e.name(), in);
                assignOps.put(e.name(), tf.withName("assign." + e.name()).assign(e.variable(), in));
            }
        }
    }

    /** The placeholder and the op assigning parameter {@code name} (after {@link #prepareAssignments}). */
    List<Op> assignment(String name) {
        return List.of(assignInputs.get(name), assignOps.get(name));
    }

    @Override
    public void initialize(Session session, long seed) {
        Map<String, float[]> values = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            values.put(e.name(), e.initializer().values(e.shape(), new Random(seed ^ nameHash(e.name()))));
        }
        assign(session, values);
    }

    @Override
    public void assign(Session session, Map<String, float[]> canonicalValues) {
        prepareAssignments();
        List<TFloat32> tensors = new ArrayList<>();
        try {
            Session.Runner runner = session.runner();
            for (Map.Entry<String, float[]> kv : canonicalValues.entrySet()) {
                Entry e = entry(kv.getKey());
                long n = ParameterStore.elements(e.shape());
                if (kv.getValue().length != n) {
                    throw new IllegalArgumentException("value for '" + e.name() + "' has " + kv.getValue().length
                            + " elements, expected " + n);
                }
                float[] graphValues = e.layout().toGraph(kv.getValue(), e.shape());
                TFloat32 t = HostTensors.floats(e.graphShape(), graphValues);
                tensors.add(t);
                runner.feed(assignInputs.get(e.name()), t).addTarget(assignOps.get(e.name()));
            }
            if (!runner.isEmpty()) {
                runner.run().close();
            }
        } finally {
            tensors.forEach(Tensor::close);
        }
    }

    @Override
    public Map<String, float[]> read(Session session, List<String> names) {
        List<Entry> wanted = names == null ? entries() : names.stream().map(this::entry).toList();
        Map<String, float[]> out = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        Session.Runner runner = session.runner();
        wanted.forEach(e -> runner.fetch(e.variable()));
        try (var result = runner.run()) {
            for (int i = 0; i < wanted.size(); i++) {
                Entry e = wanted.get(i);
                float[] graphValues = HostTensors.toArray((TFloat32) result.get(i));
                out.put(e.name(), e.layout().toCanonical(graphValues, e.shape()));
            }
        }
        return out;
    }


    private static long nameHash(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue() * 0x9E3779B97F4A7C15L;
    }
}
