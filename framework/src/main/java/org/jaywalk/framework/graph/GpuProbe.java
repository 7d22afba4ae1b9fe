package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.SessionSettings;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;

/**
 * Counts the GPUs TensorFlow can use, by pinning a trivial op to {@code /GPU:i} with soft placement off until
 * placement fails. The probe sessions use the given thread settings, since the first session of a process
 * fixes TensorFlow's thread pools.
 */
public final class GpuProbe {

    private static final int MAX_GPUS = 16;

    private GpuProbe() {
    }

    /** The number of visible GPUs (0 with the CPU-only native or without a usable CUDA device). */
    public static int visibleGpus(SessionSettings settings) {
        ConfigProto strict = settings.toProto().toBuilder().setAllowSoftPlacement(false).build();
        int count = 0;
        while (count < MAX_GPUS && runsOn("/GPU:" + count, strict)) {
            count++;
        }
        return count;
    }

    private static boolean runsOn(String device, ConfigProto config) {
        try (Graph g = new Graph(); Session s = new Session(g, config)) {
            Ops tf = Ops.create(g).withDevice(DeviceNames.parse(device));
            var sum = tf.math.add(tf.constant(1f), tf.constant(1f));
            s.runner().fetch(sum).run().close();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
