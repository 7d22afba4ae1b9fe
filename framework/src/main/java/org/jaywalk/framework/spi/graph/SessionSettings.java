package org.jaywalk.framework.spi.graph;

import org.tensorflow.proto.ConfigProto;

/**
 * How a TensorFlow session is configured. Thread pools are process-wide in TensorFlow: the first session
 * created in a JVM fixes them.
 *
 * @param intraOpThreads threads inside one op (0 = TensorFlow's default, all cores)
 * @param interOpThreads ops run in parallel (0 = default)
 * @param cpuDevices number of CPU devices to expose (1 normally; more to test multi-device placement)
 */
public record SessionSettings(int intraOpThreads, int interOpThreads, int cpuDevices) {

    public static SessionSettings defaults() {
        return new SessionSettings(0, 0, 1);
    }

    /** The protobuf form. */
    public ConfigProto toProto() {
        ConfigProto.Builder b = ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(intraOpThreads)
                .setInterOpParallelismThreads(interOpThreads)
                .setAllowSoftPlacement(true);
        if (cpuDevices > 1) {
            b.putDeviceCount("CPU", cpuDevices);
        }
        return b.build();
    }
}
