package org.jaywalk.framework.graph;

import java.util.List;
import java.util.Locale;

/**
 * What {@code train.devices} asks for: one device (TensorFlow's default), a count of towers, every visible GPU,
 * or device names. {@link DevicePlan} turns it into towers on the devices a machine has.
 */
public sealed interface DeviceRequest {

    /** {@code null}: one tower on TensorFlow's default device (the first GPU when there is one). */
    record Default() implements DeviceRequest {
    }

    /** A count: GPUs when that many are visible, else virtual CPU devices. */
    record Count(int towers) implements DeviceRequest {
        public Count {
            if (towers < 1) {
                throw new IllegalArgumentException("must be at least 1, got " + towers);
            }
        }
    }

    /** {@code "all"}: every visible GPU. */
    record AllGpus() implements DeviceRequest {
    }

    /** Device names, e.g. {@code ["/GPU:0", "/GPU:1"]} or {@code /job:worker/task:1/device:CPU:0}. */
    record Named(List<String> names) implements DeviceRequest {
        public Named {
            names = List.copyOf(names);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("needs at least one device name");
            }
            names.forEach(DeviceNames::parse);
        }
    }

    /**
     * The request a config value states.
     *
     * @param value {@code train.devices} unwrapped: null, a number, {@code "all"} or a list of names
     * @throws IllegalArgumentException saying what is accepted
     */
    static DeviceRequest of(Object value) {
        if (value == null) {
            return new Default();
        }
        if (value instanceof Number n && n.doubleValue() == n.intValue()) {
            return n.intValue() == 1 ? new Default() : new Count(n.intValue());
        }
        if (value instanceof String s && s.trim().toLowerCase(Locale.ROOT).equals("all")) {
            return new AllGpus();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return new Named(list.stream().map(String.class::cast).toList());
        }
        throw new IllegalArgumentException("must be null, a count, \"all\" or a list of device names such as "
                + "[\"/GPU:0\", \"/GPU:1\"], got " + value);
    }
}
