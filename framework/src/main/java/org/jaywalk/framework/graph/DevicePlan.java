package org.jaywalk.framework.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the towers of a data-parallel graph run, from {@code train.devices}: a count ({@code 2}: GPUs when
 * that many are visible, otherwise that many virtual CPU devices sharing the cores), {@code all} (every
 * visible GPU, else one device), or explicit names ({@code ["/GPU:0", "/GPU:1"]}). GPU names with no GPU
 * visible fall back to virtual CPU devices with a warning.
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

    /**
     * @param request an Integer count, the String {@code all}, or a List of device names
     * @param visibleGpus GPUs TensorFlow can use
     */
    public static DevicePlan resolve(Object request, int visibleGpus) {
        if (request instanceof Number n) {
            return count(n.intValue(), visibleGpus);
        }
        if (request instanceof String s && s.trim().equalsIgnoreCase("all")) {
            return visibleGpus > 1 ? count(visibleGpus, visibleGpus) : single();
        }
        if (request instanceof List<?> names && !names.isEmpty()) {
            return named(names.stream().map(String::valueOf).toList(), visibleGpus);
        }
        throw new IllegalArgumentException("train.devices must be a count, \"all\" or a list of device names such as "
                + "[\"/GPU:0\", \"/GPU:1\"], got " + request);
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
