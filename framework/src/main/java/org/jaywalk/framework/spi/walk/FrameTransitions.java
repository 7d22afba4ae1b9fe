package org.jaywalk.framework.spi.walk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Unstack;
import org.tensorflow.types.TFloat32;

/**
 * The one-step transition matrices of a clip, built the way videowalk's {@code CRW.forward} builds them: for each
 * step {@code i}, from frame {@code i} to frame {@code i + stride}, the {@linkplain Affinities affinities}
 * after {@linkplain EdgeDropout edge dropout}, the forward matrix {@code softmax(A / tau)} and the backward
 * matrix {@code softmax(A^T / tau)} with its own edge dropout on top of the forward one (the reference's
 * quirk, see {@link EdgeDropout}).
 *
 * <p>Every matrix is built once, all steps' at a time, in step order (forward matrices on the first call of
 * {@link #forward}, backward ones and their dropout draws on the first call of {@link #backward}), so the random
 * draws do not depend on the order a walk asks for them. Each is {@linkplain GraphContext#expose exposed} under
 * {@linkplain #exposedName {@code transition/<from>-<to>}}, the convention of {@code WalkStrategy}.
 */
public final class FrameTransitions {

    private final GraphContext context;
    private final int stride;
    private final Operand<TFloat32> temperature;
    private final double edgeDropout;
    private final List<Operand<TFloat32>> affinities;
    private List<Operand<TFloat32>> forward;
    private List<Operand<TFloat32>> backward;

    /**
     * Computes the affinities of every step and draws the forward edge dropout (in a training graph, when
     * {@code edgeDropout > 0}) for all steps at once.
     *
     * @param embeddings {@code [B, C, T, N]}
     * @param stride frames per step, 1 to T-1
     * @param temperature a scalar tau &gt; 0
     * @param edgeDropout the probability of dropping an edge, 0 for none
     */
    public FrameTransitions(GraphContext context, Operand<TFloat32> embeddings, int stride,
                            Operand<TFloat32> temperature, double edgeDropout) {
        this.context = context;
        this.stride = stride;
        this.temperature = temperature;
        this.edgeDropout = edgeDropout;
        Ops tf = context.tf();
        Operand<TFloat32> all = EdgeDropout.drop(context, Affinities.between(tf, embeddings, stride), edgeDropout);
        long steps = all.shape().size(1);
        this.affinities = List.copyOf(tf.unstack(all, steps, Unstack.axis(1L)).output()); // (T - stride) x [B, N, N]
    }

    /** Steps between consecutive frames (stride 1) with a constant temperature: videowalk's walks. */
    public static FrameTransitions consecutive(GraphContext context, Operand<TFloat32> embeddings,
                                               double temperature, double edgeDropout) {
        return new FrameTransitions(context, embeddings, 1, context.tf().constant((float) temperature), edgeDropout);
    }

    /** The name a one-step matrix from frame {@code from} to frame {@code to} is exposed under. */
    public static String exposedName(int from, int to) {
        return "transition/" + from + "-" + to;
    }

    /** Number of steps, T - stride. */
    public int steps() {
        return affinities.size();
    }

    /** The temperature tau, a scalar. */
    public Operand<TFloat32> temperature() {
        return temperature;
    }

    /** The affinities of step {@code i} after the forward edge dropout, {@code [B, N, N]}. */
    public Operand<TFloat32> affinity(int i) {
        return affinities.get(i);
    }

    /** Walk probabilities from frame {@code i} to frame {@code i + stride}, {@code [B, N, N]}. */
    public Operand<TFloat32> forward(int i) {
        return forward().get(i);
    }

    /** Walk probabilities from frame {@code i + stride} back to frame {@code i}, {@code [B, N, N]}. */
    public Operand<TFloat32> backward(int i) {
        return backward().get(i);
    }

    /** {@link #forward(int)} of every step, in step order. */
    public List<Operand<TFloat32>> forward() {
        if (forward == null) {
            forward = build(false);
        }
        return forward;
    }

    /** {@link #backward(int)} of every step, in step order. */
    public List<Operand<TFloat32>> backward() {
        if (backward == null) {
            backward = build(true);
        }
        return backward;
    }

    /** {@code [B, N, N]} per step: the forward or backward matrices, each exposed. */
    private List<Operand<TFloat32>> build(boolean reversed) {
        Ops tf = context.tf();
        List<Operand<TFloat32>> matrices = new ArrayList<>();
        for (int i = 0; i < steps(); i++) {
            Operand<TFloat32> a = reversed
                    ? EdgeDropout.drop(context, Affinities.reversed(tf, affinity(i)), edgeDropout)
                    : affinity(i);
            Operand<TFloat32> p = Transitions.softmax(tf, a, temperature); // [B, N, N]
            int from = reversed ? i + stride : i;
            int to = reversed ? i : i + stride;
            context.expose(exposedName(from, to), p);
            matrices.add(p);
        }
        return Collections.unmodifiableList(matrices);
    }
}
