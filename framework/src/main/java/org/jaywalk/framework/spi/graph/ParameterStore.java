package org.jaywalk.framework.spi.graph;

import java.util.List;
import java.util.Map;
import org.tensorflow.Session;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Every float32 variable of a graph under a flat dotted name (videowalk's {@code state_dict} names for model
 * tensors). Values go in and out in canonical (PyTorch) layout; see {@link TensorLayout}.
 */
public interface ParameterStore {

    /** One stored tensor: its name, canonical shape, graph layout, kind, initializer and variable. */
    record Entry(String name, long[] shape, TensorLayout layout, ParameterKind kind, Initializer initializer,
                 Variable<TFloat32> variable) {

        /** The graph-side shape. */
        public long[] graphShape() {
            return layout.graphShape(shape);
        }
    }

    /**
     * Creates a variable (replicas of a model built on several devices get the first replica's variable).
     *
     * @param name flat dotted name, unique in the store
     * @param shape canonical shape
     */
    Variable<TFloat32> create(String name, long[] shape, TensorLayout layout, ParameterKind kind,
                              Initializer initializer);

    /** A trainable tensor in identity layout. */
    default Variable<TFloat32> trainable(String name, long[] shape, Initializer init) {
        return create(name, shape, TensorLayout.IDENTITY, ParameterKind.TRAINABLE, init);
    }

    /** The entry of {@code name}; fails naming it when there is none. */
    Entry entry(String name);

    boolean contains(String name);

    /** All entries in creation order. */
    List<Entry> entries();

    /** Entries of one kind, in creation order. */
    default List<Entry> entries(ParameterKind kind) {
        return entries().stream().filter(e -> e.kind() == kind).toList();
    }

    /** Initializes every entry from its initializer with a random stream derived from {@code seed} and its name. */
    void initialize(Session session, long seed);

    /** Assigns canonical-layout values to the named entries (others keep their values). */
    void assign(Session session, Map<String, float[]> canonicalValues);

    /** Reads the named entries (all when {@code names} is null) in canonical layout. */
    Map<String, float[]> read(Session session, List<String> names);

    /** Number of elements of a shape. */
    static long elements(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}
