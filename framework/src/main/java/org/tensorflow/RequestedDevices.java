package org.tensorflow;

import org.tensorflow.internal.c_api.global.tensorflow;

/**
 * Changes the requested device of an operation already in a graph, which TensorFlow Java's public API cannot
 * do (devices are fixed when an op is built). Used by {@code org.jaywalk.framework.graph.GradientPlacement} to
 * move gradient ops, which {@link Graph#addGradients} creates without a device, onto their towers' devices.
 *
 * <p>It lives in package {@code org.tensorflow} because the C call needs the graph's native handle, reachable
 * only through the package-private {@link Graph#ref()} (which also keeps the graph open during the call).
 * Being compiled against TensorFlow Java, an upgrade that removes that method fails the build rather than a run,
 * as reflection would. This works on the class path (Jaywalk's only mode: launcher, tests and plugins); on the
 * module path the split package {@code org.tensorflow} would be refused.
 */
public final class RequestedDevices {

    private RequestedDevices() {
    }

    /**
     * Sets the device {@code op} asks for (as {@link GraphOperation#device()} then reports), through the C API's
     * {@code TF_SetRequestedDevice}. Call it before any session runs the graph: a session that already ran it
     * refuses to run a mutated graph.
     *
     * @param device a device name such as {@code /device:CPU:1}; empty for no request
     */
    public static void set(GraphOperation op, String device) {
        try (Graph.Reference ref = op.graph().ref()) {
            tensorflow.TF_SetRequestedDevice(ref.nativeHandle(), op.getUnsafeNativeHandle(), device);
        }
    }
}
