package org.jaywalk.framework.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * What every {@link BuildContext} of one graph shares while the graph is built: the per-step seed placeholder,
 * the count of random ops (each gets its own seed), the state updates to run with each training step, the
 * tensors components expose to listeners and the scalars they report (one entry per tower).
 */
public final class GraphRecord {

    private final Placeholder<TInt64> stepSeed;
    private final List<Op> updates = new ArrayList<>();
    private final Map<String, Operand<?>> exposed = new LinkedHashMap<>();
    private final Map<String, List<Operand<TFloat32>>> reported = new LinkedHashMap<>();
    private long randomOps;
    private KernelSelection kernels = KernelSelection.preferred();

    GraphRecord(Ops tf) {
        this.stepSeed = tf.withName("step_seed").placeholder(TInt64.class, Placeholder.shape(Shape.of(2)));
    }

    /** {@code [2]}: the experiment seed and the global step, fed with every run. */
    Placeholder<TInt64> stepSeed() {
        return stepSeed;
    }

    /** Which kernels the graph's ops use (each op's preferred one unless set). */
    KernelSelection kernels() {
        return kernels;
    }

    void useKernels(KernelSelection selection) {
        this.kernels = selection;
    }

    long nextRandomOp() {
        return ++randomOps;
    }

    List<Op> updates() {
        return updates;
    }

    void expose(String name, Operand<?> tensor) {
        if (exposed.putIfAbsent(name, tensor) != null) {
            throw new IllegalArgumentException("a tensor named '" + name + "' is already exposed; names must be unique");
        }
    }

    void report(String name, Operand<TFloat32> scalar) {
        if (scalar.shape().numDimensions() != 0) {
            throw new IllegalArgumentException("reported value '" + name + "' must be a scalar, got shape "
                    + scalar.shape());
        }
        reported.computeIfAbsent(name, n -> new ArrayList<>()).add(scalar);
    }

    /** The exposed tensors by name, in the order they were exposed. */
    public Map<String, Operand<?>> exposed() {
        return Collections.unmodifiableMap(exposed);
    }

    /** The reported scalars by name: one per tower that reported it, in tower order. */
    public Map<String, List<Operand<TFloat32>>> reported() {
        return Collections.unmodifiableMap(reported);
    }
}
