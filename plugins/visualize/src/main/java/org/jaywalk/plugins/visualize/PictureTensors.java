package org.jaywalk.plugins.visualize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.train.GraphTaps;
import org.jaywalk.framework.spi.walk.Affinities;
import org.jaywalk.framework.spi.walk.FrameTransitions;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Squeeze;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TType;

/**
 * What the pictures are drawn from, added to the training graph as the listener's fetches: each derived from the
 * tensors the loss uses (the framework's clips, embeddings and walks, the walk strategy's one-step transitions),
 * so no second forward pass runs. All but the entropies are of the first {@code clips} clips (c) of the batch.
 */
final class PictureTensors {

    /** {@code [c, T, N*3, H, W]}, normalized. */
    static final String CLIPS = "clips";
    /** {@code [c, D, T, N']}. */
    static final String EMBEDDINGS = "embeddings";
    /** {@code [c, N', N']}: the affinities of frame 0 (rows) to frame 1 (columns). */
    static final String AFFINITY = "affinity";
    /** {@code [c, N', N']}: the walk's first step, {@code transition/0-1}. */
    static final String TRANSITION = "transition";
    /** {@code [c, k+1, N']}: the argmax paths ({@link ArgmaxPaths#along}). */
    static final String PATHS = "paths";
    /** {@code [c, N']}: the palindrome's return points ({@link ArgmaxPaths#returns}). */
    static final String RETURNS = "returns";
    /** {@code [c, N']}: per start node ({@link NodeCycleLoss}). */
    static final String CYCLE_LOSS = "cycle-loss";
    /** Prefix of {@code entropy/<from>-<to>}, {@code [B*N']} for each exposed transition ({@link RowEntropy}). */
    static final String ENTROPY = "entropy/";

    private static final String EXPOSED_TRANSITION = "transition/";

    private PictureTensors() {
    }

    /** Adds the fetches to the graph {@code taps} shows. */
    static void fetch(GraphTaps taps, int clips) {
        Ops tf = taps.tf();
        Map<String, Operand<?>> exposed = taps.exposed();
        Operand<TFloat32> embeddings = floats(exposed, GraphTaps.EMBEDDINGS); // [B, D, T, N']
        int c = (int) Math.min(clips, embeddings.shape().size(0));
        Operand<TFloat32> q = first(tf, embeddings, c); // [c, D, T, N']
        taps.fetch(CLIPS, first(tf, floats(exposed, GraphTaps.CLIPS), c));
        taps.fetch(EMBEDDINGS, q);
        // frames 0 and 1 [c, D, 2, N'] -> [c, 1, N', N'] -> [c, N', N']
        taps.fetch(AFFINITY, tf.squeeze(Affinities.between(tf, first(tf, q, c, -1, 2), 1), Squeeze.axis(List.of(1L))));

        List<Operand<TFloat32>> forward = new ArrayList<>();
        List<Operand<TFloat32>> backward = new ArrayList<>();
        for (int t = 0; exposed.containsKey(FrameTransitions.exposedName(t, t + 1)); t++) {
            forward.add(first(tf, floats(exposed, FrameTransitions.exposedName(t, t + 1)), c));
            String back = FrameTransitions.exposedName(t + 1, t);
            if (exposed.containsKey(back)) {
                backward.add(first(tf, floats(exposed, back), c));
            }
        }
        if (!forward.isEmpty()) {
            taps.fetch(TRANSITION, forward.get(0));
            taps.fetch(PATHS, ArgmaxPaths.along(tf, forward));
            if (backward.size() == forward.size()) {
                taps.fetch(RETURNS, ArgmaxPaths.returns(tf, forward, backward));
            }
        }

        List<Walk> walks = walks(tf, exposed, c, q.shape().size(3));
        if (!walks.isEmpty()) {
            taps.fetch(CYCLE_LOSS, NodeCycleLoss.of(tf, walks));
        }
        exposed.keySet().stream().filter(name -> name.startsWith(EXPOSED_TRANSITION)).forEach(name ->
                taps.fetch(ENTROPY + name.substring(EXPOSED_TRANSITION.length()), RowEntropy.of(tf, floats(exposed, name))));
    }

    /** The walks the loss scores ({@code walk/<name>}, {@code target/<name>}), of the first {@code c} clips. */
    private static List<Walk> walks(Ops tf, Map<String, Operand<?>> exposed, int c, long nodes) {
        String prefix = GraphTaps.walk("");
        List<Walk> walks = new ArrayList<>();
        for (String name : exposed.keySet()) {
            if (name.startsWith(prefix)) {
                String walk = name.substring(prefix.length());
                @SuppressWarnings("unchecked")
                Operand<TInt32> targets = (Operand<TInt32>) exposed.get(GraphTaps.walkTargets(walk)); // [B*N']
                walks.add(new Walk(walk, first(tf, floats(exposed, name), c), first(tf, targets, c * nodes)));
            }
        }
        return walks;
    }

    @SuppressWarnings("unchecked")
    private static Operand<TFloat32> floats(Map<String, Operand<?>> exposed, String name) {
        Operand<?> tensor = exposed.get(name);
        if (tensor == null) {
            throw new IllegalStateException("the training graph exposes no '" + name + "'; exposed: "
                    + exposed.keySet());
        }
        return (Operand<TFloat32>) tensor;
    }

    /** The first {@code sizes[i]} entries of {@code x} along each leading axis i; all of the other axes. */
    private static <T extends TType> Operand<T> first(Ops tf, Operand<T> x, long... sizes) {
        int rank = x.shape().numDimensions();
        long[] size = new long[rank];
        Arrays.fill(size, -1);
        System.arraycopy(sizes, 0, size, 0, sizes.length);
        return tf.slice(x, tf.constant(new long[rank]), tf.constant(size));
    }
}
