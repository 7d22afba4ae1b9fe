package org.jaywalk.framework.spi.graph;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * What a component needs to add ops to a graph: the op factory, the parameter store, whether this is a
 * training graph, per-op random seeds, batch statistics and state updates to run with every training step.
 *
 * <p>Randomness is stateless: every random op takes a seed derived from a per-step seed that the framework
 * feeds (from the experiment seed and the global step), so a resumed run draws exactly the numbers an
 * uninterrupted run would.
 */
public interface GraphContext {

    /** The op factory (with the context's device and control dependencies). */
    Ops tf();

    /** Where the component creates its variables. */
    ParameterStore parameters();

    /** True when building a training graph (batch statistics, dropout on). */
    boolean training();

    /**
     * True when runs of this graph must be bitwise reproducible (needed for exact resume); components then
     * avoid kernels whose rounding varies between runs.
     */
    boolean deterministic();

    /**
     * True when the graph is built to be rebuilt in float64 for the proof of exactness: every float32 type and
     * constant becomes float64 (a constant {@code f} becomes the shortest decimal of {@code f}, so {@code 0.1f}
     * becomes {@code 0.1}). Components then use only ops that have float64 CPU kernels (for example explicit
     * batch norm instead of the fused kernel) and write constants as the decimal values they stand for.
     */
    default boolean float64Proof() {
        return false;
    }

    /**
     * Which of several candidate kernels computes {@code problem} in this graph. The framework decides: in a
     * training graph by {@code train.kernels} (a fixed candidate name, or {@code auto}: the fastest candidate
     * measured on this machine, cached per machine and shape and recorded in checkpoints so that a resumed run
     * builds the same kernels). Components then build the named candidate. This default picks the first.
     *
     * @param candidates by name, iterated in order of preference (e.g. a {@code LinkedHashMap}); every candidate must give
     *     bitwise reproducible results run after run
     * @return a key of {@code candidates}
     */
    default String kernel(KernelProblem problem, java.util.Map<String, KernelCandidate> candidates) {
        return candidates.keySet().iterator().next();
    }

    /** A fresh seed {@code [2]} for one stateless random op; distinct for every call. */
    Operand<TInt64> nextSeed();

    /** Uniform [0, 1) numbers of the given shape, from a fresh seed. */
    default Operand<TFloat32> uniform(Operand<TInt64> shape) {
        return tf().random.statelessRandomUniform(shape, nextSeed(), TFloat32.class);
    }

    /**
     * True when batch statistics must come from {@link #batchMoments} because they span every tower
     * (synchronized batch norm in a training graph with several towers); a layer may otherwise use a fused
     * per-tower kernel.
     */
    boolean synchronizesBatchStatistics();

    /**
     * Per-channel mean and biased variance of {@code x} over every axis but the last (two passes: mean, then
     * mean squared deviation). With {@linkplain #synchronizesBatchStatistics synchronized} statistics both
     * passes sum over every tower's slice of the batch.
     *
     * @param x {@code [..., C]}
     */
    BatchMoments batchMoments(Operand<TFloat32> x);

    /** Registers a state update (e.g. running statistics) to run with each training step. */
    void addUpdate(Op update);

    /**
     * Makes {@code tensor} visible to training listeners under {@code name} (a walk strategy's one-step transitions
     * {@code transition/<from>-<to>} {@code [B, N, N]}, for example; see {@code WalkStrategy}). Names are unique
     * in a graph; with several towers only the first one's tensors are kept. The framework itself exposes
     * {@code clips} {@code [B, T, N*3, H, W]}, {@code embeddings} {@code [B, D, T, N]} and every walk the loss
     * scores, {@code walk/<name>} {@code [B, N, N]} and {@code target/<name>} {@code [B*N]}: those names are
     * reserved (see {@code GraphTaps}).
     */
    void expose(String name, Operand<?> tensor);

    /**
     * Reports a scalar under {@code name}, logged with every logged step (console, {@code metrics.jsonl},
     * TensorBoard) beside the loss's diagnostics; with several towers the towers' mean.
     */
    void report(String name, Operand<TFloat32> scalar);

    /** The same context whose ops all run after {@code dependencies}. */
    GraphContext withControlDependencies(List<Op> dependencies);
}
