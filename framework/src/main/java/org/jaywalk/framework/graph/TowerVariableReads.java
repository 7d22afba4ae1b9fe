package org.jaywalk.framework.graph;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.GraphEdges;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Makes a tower of a data-parallel graph read the shared variables as values copied to its own device, as
 * TensorFlow Python's variables do through their {@code read} ({@code Identity}) ops.
 *
 * <p>The variables are TF1 ref variables ({@code VariableV2}) living with the first tower (or on the chief). A
 * later tower's op reading one directly is fed over a cross-device <em>ref</em> edge, and TensorFlow schedules
 * such a receive only after the consumer's other inputs are ready. With oneDNN's graph rewrite, which fuses a
 * convolution with its bias add, the fused op then waits for the bias receive, which waits for the convolution:
 * the first gradient step hangs forever. This rewires every data input of the tower's ops that reads a shared
 * variable's ref output to an {@code Identity} of that variable on the tower's device (one per variable and
 * tower), so the edge between devices carries a value and nothing waits on a ref receive.
 *
 * <p>Only reads are rewired: inputs that take a ref (assignments) keep it, and the first tower and the optimizer
 * are not touched. Values are unchanged (within a step the variables change only after every gradient is
 * computed), and gradients flow through the identities to the variables as before.
 */
final class TowerVariableReads {

    private TowerVariableReads() {
    }

    /**
     * Rewires the reads of {@code variables} by the ops of tower {@code index}: the ops on {@code tower}'s device
     * (the tower's ops, built from {@code tower}). Call it after the tower is built and before gradients are
     * added. A tower on the first tower's device ({@code first}) reads the variables there already and is left
     * as is.
     *
     * @return the identities created, in the order of {@code variables}
     */
    static List<Output<TFloat32>> localize(Ops tower, int index, Ops first,
                                           List<? extends Operand<TFloat32>> variables) {
        String device = tower.scope().getDeviceString();
        List<Output<TFloat32>> reads = new ArrayList<>();
        if (device.isEmpty() || device.equals(first.scope().getDeviceString())) {
            return reads;
        }
        for (Operand<TFloat32> variable : variables) {
            Output<TFloat32> ref = variable.asOutput();
            GraphOperation op = (GraphOperation) ref.op();
            Output<TFloat32> read = null;
            for (GraphOperation consumer : op.consumers(ref.index())) {
                if (!consumer.device().equals(device)) {
                    continue;
                }
                for (int i = 0; i < consumer.numInputs(); i++) {
                    if (consumer.input(i).equals(ref) && !GraphEdges.takesRef(consumer, i)) {
                        if (read == null) {
                            read = tower.withName("tower" + index + ".read." + op.name()).identity(variable)
                                    .asOutput();
                            reads.add(read);
                        }
                        GraphEdges.replaceInput(consumer, i, read);
                    }
                }
            }
        }
        return reads;
    }
}
