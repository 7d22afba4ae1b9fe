package org.jaywalk.framework.graph;

import java.util.List;
import java.util.function.Consumer;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.train.GraphTaps;

/**
 * How a {@link TrainingGraph} is laid out and which kernels it may use, beyond its components.
 *
 * @param devices one tower (replica of the model) per device name such as {@code /CPU:1} or {@code /GPU:0};
 *     empty for a single unplaced tower
 * @param deterministic whether every run must be bitwise reproducible (see {@link GraphContext#deterministic()})
 * @param synchronizedBatchNorm whether batch-norm layers normalize with statistics over the whole batch, across
 *     towers (synchronized batch norm), instead of each tower's slice (as {@code nn.DataParallel}); no effect
 *     with one tower
 * @param taps called once the model, gradients and update are built, before the session opens: training
 *     listeners add their fetches there
 * @param kernels which kernel builds each op that offers several (one selection per graph: it records the
 *     choices)
 * @param float64Proof build the graph to be rebuilt in float64 for the proof of exactness (see
 *     {@link GraphContext#float64Proof()}); such a graph is not meant to be run as it is
 */
public record GraphOptions(List<String> devices, boolean deterministic, boolean synchronizedBatchNorm,
                           Consumer<GraphTaps> taps, KernelSelection kernels, boolean float64Proof) {

    public GraphOptions {
        devices = List.copyOf(devices);
    }

    public GraphOptions(List<String> devices, boolean deterministic, boolean synchronizedBatchNorm,
                        Consumer<GraphTaps> taps) {
        this(devices, deterministic, synchronizedBatchNorm, taps, KernelSelection.preferred(), false);
    }

    public GraphOptions(List<String> devices, boolean deterministic, boolean synchronizedBatchNorm) {
        this(devices, deterministic, synchronizedBatchNorm, taps -> { });
    }

    /** One unplaced tower, each op's preferred kernel. */
    public static GraphOptions defaults() {
        return new GraphOptions(List.of(), true, false);
    }

    public GraphOptions withDevices(List<String> names) {
        return new GraphOptions(names, deterministic, synchronizedBatchNorm, taps, kernels, float64Proof);
    }

    public GraphOptions withDeterministic(boolean reproducible) {
        return new GraphOptions(devices, reproducible, synchronizedBatchNorm, taps, kernels, float64Proof);
    }

    public GraphOptions withSynchronizedBatchNorm(boolean synchronize) {
        return new GraphOptions(devices, deterministic, synchronize, taps, kernels, float64Proof);
    }

    public GraphOptions withTaps(Consumer<GraphTaps> observer) {
        return new GraphOptions(devices, deterministic, synchronizedBatchNorm, observer, kernels, float64Proof);
    }

    /** The same options with {@code selection} choosing the kernels. */
    public GraphOptions withKernels(KernelSelection selection) {
        return new GraphOptions(devices, deterministic, synchronizedBatchNorm, taps, selection, float64Proof);
    }

    /** The same options for a graph to be rebuilt in float64 (see {@link GraphContext#float64Proof()}). */
    public GraphOptions withFloat64Proof(boolean proof) {
        return new GraphOptions(devices, deterministic, synchronizedBatchNorm, taps, kernels, proof);
    }

    /** Number of towers the graph has. */
    public int towers() {
        return Math.max(1, devices.size());
    }
}
