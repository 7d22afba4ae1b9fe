package org.jaywalk.framework.config;

import org.jaywalk.framework.graph.DeviceRequest;
import org.jaywalk.framework.spi.ComponentConfig;

/**
 * The {@code train} block: how long to train, how often to log and checkpoint, and how to run TensorFlow.
 *
 * @param epochs passes over the dataset
 * @param maxSteps stop after this many steps in total (at least 1), or -1 for no limit
 * @param logEvery steps between logged metrics
 * @param checkpointEvery steps between checkpoints (one is also written at the end)
 * @param keepCheckpoints checkpoints kept in the run folder
 * @param deterministic random draws inside a step are a function of the experiment seed and the step
 * @param intraOpThreads TensorFlow threads inside one op (0 = default)
 * @param interOpThreads TensorFlow ops run in parallel (0 = default)
 * @param prefetch batches prepared ahead by a background thread
 * @param devices {@code train.devices}: one device, a count, every GPU or device names
 * @param syncBatchNorm batch-norm statistics over the whole batch across devices instead of per device
 * @param cluster {@code train.cluster}: null when its worker list is empty (no cluster)
 * @param kernels {@code train.kernels}: {@code auto} (measured per op shape) or a kernel name every op uses
 * @param kernelCache {@code train.kernel-cache}: the file of kernels measured per machine; null for the default
 * @param sessionConfig {@code train.session-config}: more TensorFlow session options, a {@code ConfigProto} in
 *     text format (checked), empty for none
 */
public record TrainSettings(int epochs, long maxSteps, int logEvery, int checkpointEvery, int keepCheckpoints,
                            boolean deterministic, int intraOpThreads, int interOpThreads, int prefetch,
                            DeviceRequest devices, boolean syncBatchNorm, ClusterSettings cluster,
                            String kernels, java.nio.file.Path kernelCache, String sessionConfig) {

    /** Reads and range-checks the block. */
    static TrainSettings from(ComponentConfig block) {
        return new TrainSettings(
                block.getIntAtLeast("epochs", 1),
                maxSteps(block),
                block.getIntAtLeast("log-every", 1),
                block.getIntAtLeast("checkpoint-every", 1),
                block.getIntAtLeast("keep-checkpoints", 1),
                block.getBoolean("deterministic"),
                block.getIntAtLeast("intra-op-threads", 0),
                block.getIntAtLeast("inter-op-threads", 0),
                block.getIntAtLeast("prefetch", 1),
                devices(block),
                block.getBoolean("sync-batch-norm"),
                ClusterSettings.from(block),
                kernels(block),
                block.isNull("kernel-cache") ? null : java.nio.file.Path.of(block.getString("kernel-cache")),
                sessionConfig(block));
    }

    private static String sessionConfig(ComponentConfig block) {
        String text = block.getString("session-config");
        try {
            org.jaywalk.framework.spi.graph.SessionSettings.parse(text);
        } catch (IllegalArgumentException e) {
            throw block.error("session-config", e.getMessage());
        }
        return text;
    }

    /** The session settings of one process of this run, with {@code cpuDevices} CPU devices. */
    public org.jaywalk.framework.spi.graph.SessionSettings session(int cpuDevices) {
        return new org.jaywalk.framework.spi.graph.SessionSettings(intraOpThreads, interOpThreads, cpuDevices,
                sessionConfig);
    }

    /** {@code kernels}: {@code auto} or a kernel name (a lower-case word such as {@code conv} or {@code matmul}). */
    private static String kernels(ComponentConfig block) {
        String value = block.getString("kernels");
        if (!value.matches("[a-z][a-z0-9-]*")) {
            throw block.error("kernels", "must be auto or a kernel name such as conv or matmul, got '" + value + "'");
        }
        return value;
    }

    /** {@code max-steps}: -1 (no limit) or at least 1; 0 would be a run that trains nothing, so it is refused. */
    private static long maxSteps(ComponentConfig block) {
        long maxSteps = block.getLong("max-steps");
        if (maxSteps != -1 && maxSteps < 1) {
            throw block.error("max-steps", "must be at least 1, or -1 for no limit, got " + maxSteps);
        }
        return maxSteps;
    }

    private static DeviceRequest devices(ComponentConfig block) {
        try {
            return DeviceRequest.of(block.isNull("devices") ? null : block.raw().getValue("devices").unwrapped());
        } catch (IllegalArgumentException e) {
            throw block.error("devices", e.getMessage());
        }
    }

    /** Steps the whole run takes: {@code epochs * batchesPerEpoch}, capped by {@code max-steps} unless it is -1. */
    public long totalSteps(int batchesPerEpoch) {
        long all = (long) epochs * batchesPerEpoch;
        return maxSteps > 0 ? Math.min(all, maxSteps) : all;
    }
}
