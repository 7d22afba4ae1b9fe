package org.jaywalk.framework.spi.graph;

import org.tensorflow.proto.ConfigProto;

/**
 * How a TensorFlow session is configured. Thread pools are process-wide in TensorFlow: the first session
 * created in a JVM fixes them.
 *
 * @param intraOpThreads threads inside one op (0 = TensorFlow's default, all cores)
 * @param interOpThreads ops run in parallel (0 = default)
 * @param cpuDevices number of CPU devices to expose (1 normally; more to test multi-device placement)
 * @param sessionConfig more options, a {@code ConfigProto} in protobuf text format merged last (e.g.
 *     {@code graph_options { rewrite_options { remapping: OFF } }}); empty for none
 */
public record SessionSettings(int intraOpThreads, int interOpThreads, int cpuDevices, String sessionConfig) {

    public SessionSettings {
        if (sessionConfig == null) {
            sessionConfig = "";
        }
        parse(sessionConfig);
    }

    public SessionSettings(int intraOpThreads, int interOpThreads, int cpuDevices) {
        this(intraOpThreads, interOpThreads, cpuDevices, "");
    }

    /** The same settings with {@code devices} CPU devices. */
    public SessionSettings withCpuDevices(int devices) {
        return new SessionSettings(intraOpThreads, interOpThreads, devices, sessionConfig);
    }

    /**
     * Checks {@code text} as a {@code ConfigProto} in protobuf text format.
     *
     * @throws IllegalArgumentException naming the parse error
     */
    public static ConfigProto parse(String text) {
        ConfigProto.Builder b = ConfigProto.newBuilder();
        try {
            com.google.protobuf.TextFormat.merge(text, b);
        } catch (com.google.protobuf.TextFormat.ParseException e) {
            throw new IllegalArgumentException("not a TensorFlow ConfigProto in text format: " + e.getMessage(), e);
        }
        return b.build();
    }

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
        return b.mergeFrom(parse(sessionConfig)).build();
    }
}
