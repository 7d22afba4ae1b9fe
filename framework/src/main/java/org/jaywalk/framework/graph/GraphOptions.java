package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.GraphContext;
import java.util.List;

/**
 * How a {@link TrainingGraph} is laid out and which kernels it may use, beyond its components.
 *
 * @param devices one tower (replica of the model) per device name such as {@code /CPU:1} or {@code /GPU:0};
 *     empty for a single unplaced tower
 * @param deterministic whether every run must be bitwise reproducible (see {@link GraphContext#deterministic()})
 * @param synchronizedBatchNorm whether batch-norm layers normalize with statistics over the whole batch, across
 *     towers (synchronized batch norm), instead of each tower's slice (as {@code nn.DataParallel}); no effect
 *     with one tower
 */
public record GraphOptions(List<String> devices, boolean deterministic, boolean synchronizedBatchNorm) {

    public GraphOptions {
        devices = List.copyOf(devices);
    }

    /** One unplaced tower, reproducible kernels. */
    public static GraphOptions defaults() {
        return new GraphOptions(List.of(), true, false);
    }

    public GraphOptions withDevices(List<String> names) {
        return new GraphOptions(names, deterministic, synchronizedBatchNorm);
    }

    public GraphOptions withDeterministic(boolean reproducible) {
        return new GraphOptions(devices, reproducible, synchronizedBatchNorm);
    }

    public GraphOptions withSynchronizedBatchNorm(boolean synchronize) {
        return new GraphOptions(devices, deterministic, synchronize);
    }

    /** Number of towers the graph has. */
    public int towers() {
        return Math.max(1, devices.size());
    }
}
