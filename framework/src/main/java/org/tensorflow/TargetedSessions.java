package org.tensorflow;

import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetConfig;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetTarget;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.tensorflow.internal.c_api.TF_Session;
import org.tensorflow.internal.c_api.TF_SessionOptions;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.proto.ConfigProto;

/**
 * Jaywalk's bridge to a {@link Session} on a target such as {@code grpc://host:port}, which TensorFlow Java
 * 1.1.0 has no public way to open. Its private {@code Session.allocate(graph, target, config)} looks like
 * the way, but it never passes the target to the C API (the session it returns is always in-process), so
 * calling it by reflection would silently train on one machine. This class instead does what
 * {@code allocate} does plus {@code TF_SetTarget}, through the public C API bindings, and wraps the handle
 * with the package-private {@code Session(Graph, TF_Session)} constructor, reaching the graph's handle
 * through the package-private {@code Graph.ref()}.
 *
 * <p>Why a class in package {@code org.tensorflow} rather than reflection: the compiler checks the two
 * package-private members it uses, so a TensorFlow Java upgrade that changes them fails the build instead
 * of a distributed run, and no {@code setAccessible} is needed. It requires the framework jar and
 * {@code tensorflow-core-api} on the class path, loaded by the same class loader (a split package is
 * legal there, not on the module path), which is how the {@code jaywalk} launcher and the tests run.
 * The returned session owns its native handle: {@link Session#close()} closes and deletes it.
 */
public final class TargetedSessions {

    private TargetedSessions() {
    }

    /**
     * Opens a session of {@code graph} on {@code target}.
     *
     * @param target a TensorFlow session target, e.g. {@code grpc://10.0.0.1:2222}; empty for in-process
     * @param config the session options sent to the target's master
     */
    public static Session open(Graph graph, String target, ConfigProto config) {
        TF_Session handle;
        try (PointerScope scope = new PointerScope(); Graph.Reference ref = graph.ref()) {
            if (ref.nativeHandle() == null || ref.nativeHandle().isNull()) {
                throw new IllegalStateException("the graph is closed");
            }
            TF_Status status = TF_Status.newStatus();
            TF_SessionOptions options = TF_SessionOptions.newSessionOptions();
            TF_SetTarget(options, target);
            BytePointer bytes = new BytePointer(config.toByteArray());
            TF_SetConfig(options, bytes, bytes.capacity(), status);
            status.throwExceptionIfNotOK();
            TF_Session session = TF_Session.newSession(ref.nativeHandle(), options, status);
            status.throwExceptionIfNotOK();
            handle = (TF_Session) session.retainReference(); // outlives the pointer scope, like Session's own
        }
        return new Session(graph, handle);
    }
}
