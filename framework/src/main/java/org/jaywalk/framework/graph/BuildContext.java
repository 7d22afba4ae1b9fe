package org.jaywalk.framework.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.graph.BatchMoments;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.KernelCandidate;
import org.jaywalk.framework.spi.graph.KernelProblem;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * The framework's {@link GraphContext}. Every context derived from one (towers, control dependencies) shares
 * the graph's {@link GraphRecord}: the per-step seed placeholder, the random-op counter, the state updates, and
 * the tensors components expose and report.
 *
 * <p>Randomness is stateless: every random op takes a seed derived from a per-step seed that the trainer
 * feeds (from the experiment seed and the global step), so a resumed run draws exactly the numbers an
 * uninterrupted run would.
 */
public final class BuildContext implements GraphContext {

    private final Ops tf;
    private final VariableStore parameters;
    private final boolean training;
    private final boolean deterministic;
    private final boolean float64Proof;
    private final GraphRecord record;
    /** True for the first tower: the one whose state updates and exposed tensors are kept. */
    private final boolean primary;
    private final TowerReduction acrossTowers;

    public BuildContext(Ops tf, VariableStore parameters, boolean training) {
        this(tf, parameters, training, true);
    }

    /**
     * @param deterministic whether every run of the graph must be bitwise reproducible (exact resume); when
     *     false, components may use kernels whose rounding can differ from run to run (kernels offered through
     *     {@link #kernel} must be reproducible either way)
     */
    public BuildContext(Ops tf, VariableStore parameters, boolean training, boolean deterministic) {
        this(tf, parameters, training, deterministic, false);
    }

    /** @param float64Proof see {@link GraphContext#float64Proof()} */
    public BuildContext(Ops tf, VariableStore parameters, boolean training, boolean deterministic,
                        boolean float64Proof) {
        this(tf, parameters, training, deterministic, float64Proof, new GraphRecord(tf), true, null);
    }

    private BuildContext(Ops tf, VariableStore parameters, boolean training, boolean deterministic,
                         boolean float64Proof, GraphRecord record, boolean primary, TowerReduction acrossTowers) {
        this.tf = tf;
        this.parameters = parameters;
        this.training = training;
        this.deterministic = deterministic;
        this.float64Proof = float64Proof;
        this.record = record;
        this.primary = primary;
        this.acrossTowers = acrossTowers;
    }

    @Override
    public BuildContext withControlDependencies(List<Op> dependencies) {
        return new BuildContext(tf.withControlDependencies(dependencies), parameters, training, deterministic,
                float64Proof, record, primary, acrossTowers);
    }

    /**
     * The context of replica (tower) {@code index} of the model: ops from {@code towerOps} (e.g. pinned to a
     * device), the same parameters (towers after the first reuse the first one's variables), seeds and record.
     * Only the first tower contributes state updates and exposed tensors, as {@code nn.DataParallel} keeps the
     * running statistics of its first replica.
     *
     * @param acrossTowers sums over all towers for synchronized batch statistics; null for per-tower statistics
     */
    BuildContext forTower(Ops towerOps, int index, TowerReduction acrossTowers) {
        return new BuildContext(towerOps, index == 0 ? parameters : parameters.sharingView(), training, deterministic,
                float64Proof, record, index == 0, acrossTowers);
    }

    @Override
    public Ops tf() {
        return tf;
    }

    @Override
    public VariableStore parameters() {
        return parameters;
    }

    @Override
    public boolean deterministic() {
        return deterministic;
    }

    @Override
    public boolean float64Proof() {
        return float64Proof;
    }

    @Override
    public String kernel(KernelProblem problem, Map<String, KernelCandidate> candidates) {
        return record.kernels().choose(problem, candidates);
    }

    @Override
    public boolean training() {
        return training;
    }

    /** The placeholder the trainer feeds with {@code [experiment seed, global step]}. */
    public Placeholder<TInt64> stepSeed() {
        return record.stepSeed();
    }

    @Override
    public Operand<TInt64> nextSeed() {
        long index = record.nextRandomOp();
        return tf.math.add(record.stepSeed(), tf.constant(new long[] {index * 0x632BE59BD9B4E019L, index}));
    }


    @Override
    public boolean synchronizesBatchStatistics() {
        return acrossTowers != null;
    }

    @Override
    public BatchMoments batchMoments(Operand<TFloat32> x) {
        int rank = x.shape().numDimensions();
        int channels = (int) x.shape().size(rank - 1);
        if (channels < 0) {
            throw new IllegalArgumentException("batch statistics need a known channel count, got shape " + x.shape());
        }
        Operand<TInt32> axes = tf.constant(java.util.stream.IntStream.range(0, rank - 1).toArray());
        Operand<TFloat32> localCount = tf.math.div(tf.dtypes.cast(tf.size(x), TFloat32.class),
                tf.constant((float) channels));
        // [C + 1]: per-channel sums, then the number of values per channel
        Operand<TFloat32> sums = sumAcrossTowers(tf.concat(List.of(tf.sum(x, axes),
                tf.reshape(localCount, tf.constant(new int[] {1}))), tf.constant(0)));
        Operand<TFloat32> count = tf.reshape(tf.slice(sums, tf.constant(new int[] {channels}),
                tf.constant(new int[] {1})), tf.constant(new int[0]));
        // [C]
        Operand<TFloat32> mean = tf.math.div(tf.slice(sums, tf.constant(new int[] {0}),
                tf.constant(new int[] {channels})), count);
        Operand<TFloat32> deviations = sumAcrossTowers(tf.sum(tf.math.square(tf.math.sub(x, mean)), axes));
        return new BatchMoments(mean, tf.math.div(deviations, count), count);
    }

    private Operand<TFloat32> sumAcrossTowers(Operand<TFloat32> partial) {
        return acrossTowers == null ? partial : acrossTowers.sum(partial);
    }

    @Override
    public void addUpdate(Op update) {
        if (primary) {
            record.updates().add(update);
        }
    }

    @Override
    public void expose(String name, Operand<?> tensor) {
        if (primary) {
            record.expose(name, tensor);
        }
    }

    @Override
    public void report(String name, Operand<TFloat32> scalar) {
        record.report(name, scalar);
    }

    /** The state updates of the first tower. */
    public List<Op> updates() {
        return Collections.unmodifiableList(record.updates());
    }

    /** What the graph's components recorded while it was built. */
    public GraphRecord record() {
        return record;
    }
}
