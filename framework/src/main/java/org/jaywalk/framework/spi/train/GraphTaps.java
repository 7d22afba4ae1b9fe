package org.jaywalk.framework.spi.train;

import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;

/**
 * A listener's view of the training graph while it is built: the tensors components
 * {@linkplain org.jaywalk.framework.spi.graph.GraphContext#expose exposed} (e.g. each one-step transition
 * matrix {@code transition/0-1} {@code [B, N, N]}), the op factory to derive new tensors from them, and
 * {@link #fetch} to have a tensor computed in the steps the listener asks for.
 *
 * <p>Besides what components expose, the framework exposes the model's own tensors (the first tower's, B its
 * share of the batch): {@value #CLIPS}, {@value #EMBEDDINGS}, and each walk the loss scores under
 * {@link #walk} and {@link #walkTargets}. These names are reserved.
 */
public interface GraphTaps {

    /** The clips the model trains on, {@code [B, T, N*3, H, W]} as the dataset gives them (normalized). */
    String CLIPS = "clips";

    /** The head's node embeddings, {@code [B, D, T, N]}, L2-normalized: what the walks are built from. */
    String EMBEDDINGS = "embeddings";

    /** The name of walk {@code walk}'s transitions {@code [B, N, N]} as the loss gets them: {@code walk/<walk>}. */
    static String walk(String walk) {
        return "walk/" + walk;
    }

    /** The name of walk {@code walk}'s targets {@code [B*N]} int32: {@code target/<walk>}. */
    static String walkTargets(String walk) {
        return "target/" + walk;
    }

    /** The op factory of the training graph (ops added here run only when fetched). */
    Ops tf();

    /** The exposed tensors by name, in the order they were exposed (the first tower's, with several). */
    Map<String, Operand<?>> exposed();

    /**
     * Computes {@code tensor} (float32 or int32) in every step where the listener's
     * {@link TrainingListener#fetchesAt} is true; its value arrives in {@link StepEvent#fetched()} under
     * {@code name}.
     */
    void fetch(String name, Operand<?> tensor);
}
