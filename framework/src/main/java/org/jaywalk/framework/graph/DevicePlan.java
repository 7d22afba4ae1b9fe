package org.jaywalk.framework.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tensorflow.DeviceSpec;

/**
 * Where the towers of a data-parallel graph run, from {@code train.devices}: a count ({@code 2}: GPUs when
 * that many are visible, otherwise that many virtual CPU devices sharing the cores), {@code all} (every
 * visible GPU, else one device), or explicit names ({@code ["/GPU:0", "/GPU:1"]}). GPU names with no GPU
 * visible fall back to virtual CPU devices with a warning. On a cluster, {@link #onTasks} repeats the towers on
 * every task.
 *
 * @param towers one device name per tower; empty for a single unplaced tower
 * @param cpuDevices CPU devices the session must expose
 */
public record DevicePlan(List<String> towers, int cpuDevices) {

    private static final Logger LOG = LoggerFactory.getLogger(DevicePlan.class);

    public DevicePlan {
        towers = List.copyOf(towers);
    }

    /** One tower, no placement: TensorFlow's default device (the first GPU when there is one). */
    public static DevicePlan single() {
        return new DevicePlan(List.of(), 1);
    }

    /** @param visibleGpus GPUs TensorFlow can use */
    public static DevicePlan resolve(DeviceRequest request, int visibleGpus) {
        if (request instanceof DeviceRequest.Count c) {
            return count(c.towers(), visibleGpus);
        }
        if (request instanceof DeviceRequest.AllGpus) {
            return visibleGpus > 1 ? count(visibleGpus, visibleGpus) : single();
        }
        if (request instanceof DeviceRequest.Named n) {
            return named(n.names(), visibleGpus);
        }
        return single();
    }

    /**
     * The plan of a cluster of {@code tasks} tasks (job {@code worker}, see {@code train.cluster}): the towers
     * {@code request} asks for, repeated on every task, as {@code /job:worker/task:k/device:CPU:0}. Nothing
     * is probed, since the workers' GPUs are not visible from the chief: null is one tower per task on its
     * first CPU, a count {@code n} is {@code n} virtual CPU devices per task, and names ({@code ["/GPU:0"]})
     * are used as written on every task (on a task without that GPU, soft placement runs the tower on its
     * CPU). Names that all say their task ({@code /job:worker/task:1/device:GPU:0}) are the whole plan.
     *
     * @return the towers, and the CPU devices every task must expose
     */
    public static DevicePlan onTasks(DeviceRequest request, int tasks) {
        List<String> local;
        if (request instanceof DeviceRequest.Default) {
            local = List.of("/CPU:0");
        } else if (request instanceof DeviceRequest.Count c) {
            local = new ArrayList<>();
            for (int i = 0; i < c.towers(); i++) {
                local.add("/CPU:" + i);
            }
        } else if (request instanceof DeviceRequest.Named named) {
            local = named.names();
            long onTasks = local.stream().filter(DeviceNames::namesTask).count();
            if (onTasks == local.size()) {
                return new DevicePlan(local, cpuDevices(local));
            }
            if (onTasks > 0) {
                throw new IllegalArgumentException("train.devices " + local + " mixes names with and without a task: "
                        + "name every tower's task (/job:worker/task:1/device:CPU:0) or none");
            }
        } else {
            throw new IllegalArgumentException("train.devices = " + request + " cannot be used with train.cluster: give a "
                    + "count of CPU devices or device names such as [\"/GPU:0\", \"/GPU:1\"], which every task uses");
        }
        List<String> towers = new ArrayList<>();
        for (int task = 0; task < tasks; task++) {
            for (String device : local) {
                towers.add(DeviceNames.onTask(device, task));
            }
        }
        return new DevicePlan(towers, cpuDevices(local));
    }

    /** CPU devices a process must expose for these names: one more than the highest CPU index, at least 1. */
    private static int cpuDevices(List<String> names) {
        int highest = names.stream().map(DeviceNames::parse)
                .filter(d -> d.deviceType() == DeviceSpec.DeviceType.CPU)
                .mapToInt(DeviceSpec::deviceIndex).max().orElse(0);
        return Math.max(1, highest + 1);
    }

    private static DevicePlan count(int n, int visibleGpus) {
        if (n < 1) {
            throw new IllegalArgumentException("train.devices must be at least 1, got " + n);
        }
        if (n == 1) {
            return single();
        }
        String type = visibleGpus >= n ? "GPU" : "CPU";
        if (visibleGpus > 0 && visibleGpus < n) {
            LOG.warn("train.devices = {} but only {} GPUs are visible: using {} virtual CPU devices", n, visibleGpus, n);
        } else if (visibleGpus == 0) {
            LOG.warn("no GPU visible: {} towers on virtual CPU devices, which share the cores (no speed-up)", n);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("/" + type + ":" + i);
        }
        return new DevicePlan(names, type.equals("CPU") ? n : 1);
    }

    private static DevicePlan named(List<String> names, int visibleGpus) {
        names.forEach(DeviceNames::parse);
        long gpus = names.stream().filter(n -> n.toUpperCase(Locale.ROOT).contains("GPU")).count();
        int highestGpu = names.stream().filter(n -> n.toUpperCase(Locale.ROOT).contains("GPU"))
                .mapToInt(n -> DeviceNames.parse(n).deviceIndex()).max().orElse(-1);
        if (gpus > 0 && highestGpu >= visibleGpus) {
            LOG.warn("train.devices names {} but {} GPUs are visible: falling back to {} virtual CPU devices", names,
                    visibleGpus, names.size());
            return count(names.size(), 0);
        }
        int cpus = names.stream().filter(n -> n.toUpperCase(Locale.ROOT).contains("CPU"))
                .mapToInt(n -> DeviceNames.parse(n).deviceIndex() + 1).max().orElse(1);
        return new DevicePlan(names.size() == 1 ? List.of() : names, Math.max(1, cpus));
    }
}
