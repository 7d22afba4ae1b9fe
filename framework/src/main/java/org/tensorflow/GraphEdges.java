package org.tensorflow;

import org.bytedeco.javacpp.PointerScope;
import org.tensorflow.internal.c_api.TF_Input;
import org.tensorflow.internal.c_api.TF_Output;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.internal.c_api.global.tensorflow;

/**
 * Changes which tensor feeds a data input of an operation already in a graph, which TensorFlow Java's public API
 * cannot do (inputs are fixed when an op is built). Used by {@code org.jaywalk.framework.graph.TowerVariableReads}
 * to make the towers of a data-parallel graph read the shared variables through {@code Identity} ops on their own
 * devices instead of through the variables' ref outputs.
 *
 * <p>It lives in package {@code org.tensorflow} for the same reason as {@link RequestedDevices}: the C calls need
 * the graph's native handle, reachable only through the package-private {@link Graph#ref()} (which also keeps
 * the graph open during the call); an upgrade that removes that method fails the build rather than a run.
 */
public final class GraphEdges {

    /** TensorFlow's {@code DataType} values of ref types are the plain types' plus this ({@code DT_FLOAT_REF}). */
    private static final int REF_OFFSET = 100;

    private GraphEdges() {
    }

    /**
     * True when data input {@code index} of {@code op} takes a ref (the op writes or holds on to the variable
     * feeding it, as {@code Assign} does), false when it takes a value (a ref fed to it is read).
     */
    public static boolean takesRef(GraphOperation op, int index) {
        try (Graph.Reference ref = op.graph().ref(); PointerScope scope = new PointerScope()) {
            TF_Input input = new TF_Input().oper(op.getUnsafeNativeHandle()).index(index);
            return tensorflow.TF_OperationInputType(input) > REF_OFFSET;
        }
    }

    /**
     * Makes data input {@code index} of {@code op} read {@code source} instead of what it reads now, through the
     * C API's {@code TF_UpdateEdge} (which checks that the shapes agree). Call it before any session runs the
     * graph: a session that already ran it refuses to run a mutated graph.
     */
    public static void replaceInput(GraphOperation op, int index, Output<?> source) {
        GraphOperation producer = (GraphOperation) source.op();
        if (producer.graph() != op.graph()) {
            throw new IllegalArgumentException(source + " and " + op + " are in different graphs");
        }
        try (Graph.Reference ref = op.graph().ref(); PointerScope scope = new PointerScope()) {
            TF_Output from = new TF_Output().oper(producer.getUnsafeNativeHandle()).index(source.index());
            TF_Input to = new TF_Input().oper(op.getUnsafeNativeHandle()).index(index);
            TF_Status status = TF_Status.newStatus();
            tensorflow.TF_UpdateEdge(ref.nativeHandle(), from, to, status);
            status.throwExceptionIfNotOK();
        }
    }
}
