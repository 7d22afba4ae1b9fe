package org.jaywalk.framework.graph;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tensorflow.DeviceSpec;

/** Parses TensorFlow device names such as {@code /GPU:1}, {@code /device:CPU:0} or {@code /job:worker/task:1/device:GPU:0}. */
public final class DeviceNames {

    /** The job of every task of a Jaywalk cluster ({@code train.cluster}). */
    public static final String CLUSTER_JOB = "worker";

    private static final Pattern NAME = Pattern.compile(
            "(?:/job:(?<job>[A-Za-z0-9_]+))?(?:/replica:(?<replica>\\d+))?(?:/task:(?<task>\\d+))?"
                    + "(?:/(?:device:)?(?<type>CPU|GPU):(?<index>\\d+))?", Pattern.CASE_INSENSITIVE);

    private DeviceNames() {
    }

    /** The spec of a device name; throws {@link IllegalArgumentException} naming the accepted forms. */
    public static DeviceSpec parse(String name) {
        Matcher m = NAME.matcher(name.trim());
        if (name.isBlank() || !m.matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a device name; use e.g. /GPU:0, /CPU:1 or "
                    + "/job:worker/task:1/device:GPU:0");
        }
        DeviceSpec.Builder b = DeviceSpec.newBuilder();
        if (m.group("job") != null) {
            b.job(m.group("job"));
        }
        if (m.group("replica") != null) {
            b.replica(Integer.parseInt(m.group("replica")));
        }
        if (m.group("task") != null) {
            b.task(Integer.parseInt(m.group("task")));
        }
        if (m.group("type") != null) {
            b.deviceType(DeviceSpec.DeviceType.valueOf(m.group("type").toUpperCase(Locale.ROOT)));
            b.deviceIndex(Integer.parseInt(m.group("index")));
        }
        return b.build();
    }

    /**
     * A local device name moved onto a task of the cluster job: {@code /CPU:1} on task 2 is
     * {@code /job:worker/task:2/device:CPU:1}.
     */
    public static String onTask(String device, int task) {
        DeviceSpec spec = parse(device);
        if (spec.job() != null || spec.task() != null) {
            throw new IllegalArgumentException("'" + device + "' already names a job or task");
        }
        String name = "/job:" + CLUSTER_JOB + "/task:" + task;
        return spec.deviceType() == null ? name : name + "/device:" + spec.deviceType() + ":" + spec.deviceIndex();
    }

    /** True when the name says which job or task it is on ({@code /job:worker/task:1/device:CPU:0}). */
    public static boolean namesTask(String device) {
        DeviceSpec spec = parse(device);
        return spec.job() != null || spec.task() != null;
    }
}
