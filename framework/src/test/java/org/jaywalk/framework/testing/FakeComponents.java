package org.jaywalk.framework.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.EncoderFactory;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.Head;
import org.jaywalk.framework.spi.HeadFactory;
import org.jaywalk.framework.spi.LearningRateSchedule;
import org.jaywalk.framework.spi.Loss;
import org.jaywalk.framework.spi.LossFactory;
import org.jaywalk.framework.spi.LossOutput;
import org.jaywalk.framework.spi.Optimizer;
import org.jaywalk.framework.spi.OptimizerFactory;
import org.jaywalk.framework.spi.ScheduleFactory;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.WalkStrategy;
import org.jaywalk.framework.spi.WalkStrategyFactory;
import org.jaywalk.framework.spi.data.Batch;
import org.jaywalk.framework.spi.data.ClipShape;
import org.jaywalk.framework.spi.data.Dataset;
import org.jaywalk.framework.spi.data.DatasetFactory;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.jaywalk.framework.spi.eval.Evaluator;
import org.jaywalk.framework.spi.eval.EvaluatorFactory;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.Initializer;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.TensorLayout;
import org.jaywalk.framework.spi.io.AtomicFiles;
import org.jaywalk.framework.spi.train.CheckpointEvent;
import org.jaywalk.framework.spi.train.EpochEvent;
import org.jaywalk.framework.spi.train.EvaluationEvent;
import org.jaywalk.framework.spi.train.Every;
import org.jaywalk.framework.spi.train.GraphTaps;
import org.jaywalk.framework.spi.train.ListenerFactory;
import org.jaywalk.framework.spi.train.StepEvent;
import org.jaywalk.framework.spi.train.TrainEndEvent;
import org.jaywalk.framework.spi.train.TrainingListener;
import org.jaywalk.framework.spi.train.TrainingRun;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Sum;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/** Tiny stand-ins for every extension point, registered by {@link TestPlugin}. */
public final class FakeComponents {

    private FakeComponents() {
    }

    /** Random floats; batch (epoch, index) is a pure function of the seed. */
    public static final class RandomDatasetFactory implements DatasetFactory {
        @Override
        public String defaults() {
            return "batch-size = 2\nframes = 3\nnodes = 2\nsize = 8\nbatches-per-epoch = 4\n";
        }

        @Override
        public Dataset create(ComponentConfig c) {
            ClipShape shape = new ClipShape(c.getIntAtLeast("batch-size", 1), c.getInt("frames"), c.getInt("nodes"),
                    c.getInt("size"), c.getInt("size"));
            int batches = c.getIntAtLeast("batches-per-epoch", 1);
            long seed = c.seed();
            return new Dataset() {
                @Override
                public ClipShape shape() {
                    return shape;
                }

                @Override
                public int batchesPerEpoch() {
                    return batches;
                }

                @Override
                public Batch batch(int epoch, int index) {
                    Random random = new Random(seed * 1_000_003L + epoch * 10_007L + index);
                    float[] data = new float[shape.batchElements()];
                    for (int i = 0; i < data.length; i++) {
                        data[i] = (float) random.nextGaussian();
                    }
                    return new Batch(shape, data, Map.of("epoch", epoch, "index", index));
                }
            };
        }
    }

    /**
     * One 1x1 convolution with bias. {@code bias-add = false} adds the bias with a broadcasting Add instead of
     * BiasAdd. With oneDNN on, a two-tower graph whose second tower applied a Conv2D + BiasAdd directly to the ref
     * variables of another device never finished a step that computes gradients; the two-tower tests keep
     * BiasAdd to show that {@code TowerVariableReads} prevents it.
     */
    public static final class ConvEncoderFactory implements EncoderFactory {
        @Override
        public String defaults() {
            return "channels = 4\nbias-add = true";
        }

        @Override
        public Encoder create(ComponentConfig c) {
            int channels = c.getIntAtLeast("channels", 1);
            boolean biasAdd = c.getBoolean("bias-add");
            return new Encoder() {
                @Override
                public Operand<TFloat32> encode(GraphContext context, Operand<TFloat32> frames) {
                    ParameterStore store = context.parameters();
                    Variable<TFloat32> w = store.create("encoder.weight", new long[] {channels, 3, 1, 1},
                            TensorLayout.CONV_OIHW_TO_HWIO, ParameterKind.TRAINABLE, Initializer.normal(0.5));
                    Variable<TFloat32> b = store.trainable("encoder.bias", new long[] {channels}, Initializer.uniform(0.1));
                    Ops tf = context.tf();
                    Operand<TFloat32> conv = tf.nn.conv2d(frames, w, List.of(1L, 1L, 1L, 1L), "VALID");
                    return biasAdd ? tf.nn.biasAdd(conv, b) : tf.math.add(conv, b);
                }

                @Override
                public int channels() {
                    return channels;
                }

                @Override
                public int outputSize(int size) {
                    return size;
                }
            };
        }
    }

    /** Mean-pools each node map, applies dropout, L2-normalizes. */
    public static final class MeanPoolHeadFactory implements HeadFactory {
        @Override
        public String defaults() {
            return "dropout = 0.25";
        }

        @Override
        public Head create(ComponentConfig c) {
            float dropout = (float) c.getDoubleInRange("dropout", 0, 0.9);
            return (context, nodeMaps, channels) -> {
                Ops tf = context.tf();
                Operand<TFloat32> pooled = tf.math.mean(nodeMaps, tf.constant(new int[] {3, 4})); // [B, T, N, C]
                if (context.training() && dropout > 0) {
                    Operand<TFloat32> keep = tf.dtypes.cast(tf.math.greaterEqual(
                            context.uniform(tf.shape(pooled, TInt64.class)), tf.constant(dropout)), TFloat32.class);
                    pooled = tf.math.mul(pooled, tf.math.mul(keep, tf.constant(1 / (1 - dropout))));
                }
                Operand<TFloat32> embeddings = tf.linalg.transpose(pooled, tf.constant(new int[] {0, 3, 1, 2}));
                Operand<TFloat32> norm = tf.math.sqrt(tf.math.add(tf.sum(tf.math.mul(embeddings, embeddings),
                        tf.constant(1), Sum.keepDims(true)), tf.constant(1e-12f)));
                return tf.math.div(embeddings, norm); // [B, C, T, N]
            };
        }
    }

    /** One palindrome: frame 0 -> frame 1 -> frame 0, which should return every node to itself. */
    public static final class PairWalkFactory implements WalkStrategyFactory {
        @Override
        public String defaults() {
            return "temperature = 0.1";
        }

        @Override
        public WalkStrategy create(ComponentConfig c) {
            float temperature = (float) c.getDouble("temperature");
            return (context, embeddings) -> {
                Ops tf = context.tf();
                Operand<TFloat32> q0 = tf.gather(embeddings, tf.constant(0), tf.constant(2)); // [B, C, N]
                Operand<TFloat32> q1 = tf.gather(embeddings, tf.constant(1), tf.constant(2));
                Operand<TFloat32> a12 = transition(tf, q0, q1, temperature);
                Operand<TFloat32> a21 = transition(tf, q1, q0, temperature);
                context.expose("transition/0-1", a12);
                context.expose("transition/1-0", a21);
                Operand<TFloat32> walk = tf.train.batchMatMul(a12, a21, TFloat32.class);
                return List.of(new Walk("pair", walk, targets(tf, embeddings)));
            };
        }

        private static Operand<TFloat32> transition(Ops tf, Operand<TFloat32> from, Operand<TFloat32> to, float temperature) {
            Operand<TFloat32> affinity = tf.train.batchMatMul(tf.linalg.transpose(from, tf.constant(new int[] {0, 2, 1})),
                    to, TFloat32.class); // [B, N, N]
            return tf.nn.softmax(tf.math.div(affinity, tf.constant(temperature)));
        }

        private static Operand<TInt32> targets(Ops tf, Operand<TFloat32> embeddings) {
            long[] dims = embeddings.shape().asArray(); // static [B, C, T, N]
            int b = (int) dims[0];
            int n = (int) dims[3];
            int[] targets = new int[b * n];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = i % n;
            }
            return tf.constant(targets);
        }
    }

    /** Cross entropy of the walks' log probabilities against their targets, plus accuracy. */
    public static final class XentLossFactory implements LossFactory {
        @Override
        public String defaults() {
            return "";
        }

        @Override
        public Loss create(ComponentConfig c) {
            return (context, walks) -> {
                Ops tf = context.tf();
                Walk walk = walks.get(0);
                long n = walk.transitions().shape().asArray()[2];
                Operand<TFloat32> rows = tf.reshape(walk.transitions(), tf.constant(new long[] {-1, n}));
                Operand<TFloat32> logp = tf.math.log(tf.math.add(rows, tf.constant(1e-20f)));
                Operand<TFloat32> oneHot = tf.oneHot(walk.targets(), tf.constant((int) n), tf.constant(1f), tf.constant(0f));
                Operand<TFloat32> xent = tf.math.neg(tf.math.mean(tf.sum(tf.math.mul(oneHot, logp), tf.constant(1)),
                        tf.constant(0)));
                Operand<TFloat32> acc = tf.math.mean(tf.dtypes.cast(tf.math.equal(
                        tf.math.argMax(rows, tf.constant(1), TInt32.class), walk.targets()), TFloat32.class), tf.constant(0));
                // a diagnostic must be its own output: one run cannot fetch the same output twice
                return new LossOutput(xent, Map.of("xent " + walk.name(), tf.identity(xent), "acc " + walk.name(), acc));
            };
        }
    }

    /** SGD with momentum; the momentum buffers are optimizer state in the parameter store. */
    public static final class MomentumSgdFactory implements OptimizerFactory {
        @Override
        public String defaults() {
            return "lr = 0.1\nmomentum = 0.9";
        }

        @Override
        public Optimizer create(ComponentConfig c) {
            double lr = c.getDouble("lr");
            float momentum = (float) c.getDouble("momentum");
            return new Optimizer() {
                @Override
                public double learningRate() {
                    return lr;
                }

                @Override
                public Op apply(GraphContext context, List<ParameterStore.Entry> parameters,
                                List<Operand<TFloat32>> gradients, Operand<TFloat32> learningRate) {
                    Ops tf = context.tf();
                    List<Op> updates = new java.util.ArrayList<>();
                    for (int i = 0; i < parameters.size(); i++) {
                        ParameterStore.Entry p = parameters.get(i);
                        Variable<TFloat32> accum = context.parameters().create(p.name() + "-momentum", p.shape(),
                                p.layout(), ParameterKind.OPTIMIZER_STATE, Initializer.constant(0));
                        updates.add(tf.train.applyMomentum(p.variable(), accum, learningRate, gradients.get(i),
                                tf.constant(momentum)));
                    }
                    return tf.withControlDependencies(updates).noOp();
                }
            };
        }
    }

    /** A constant factor. */
    public static final class ConstantScheduleFactory implements ScheduleFactory {
        @Override
        public String defaults() {
            return "factor = 1.0";
        }

        @Override
        public LearningRateSchedule create(ComponentConfig c) {
            double factor = c.getDouble("factor");
            return (step, stepsPerEpoch) -> factor;
        }
    }

    /** Reports a configured score without looking at the model: {@code evaluation { type = fixed }}. */
    public static final class FixedEvaluatorFactory implements EvaluatorFactory {
        @Override
        public String defaults() {
            return "score = 0.5";
        }

        @Override
        public Evaluator create(ComponentConfig c) {
            double score = c.getDouble("score");
            return context -> new EvaluationResult("score", Map.of("score", score));
        }
    }

    /**
     * A loss wrapping another: {@code loss { type = scaled, factor = 2, inner { type = xent } }}; reports its
     * factor as the scalar {@code scale}.
     */
    public static final class ScaledLossFactory implements LossFactory {
        @Override
        public String defaults() {
            return "factor = 1.0, inner { type = xent }";
        }

        @Override
        public Map<String, ExtensionPoint<?>> components() {
            return Map.of("inner", ExtensionPoint.LOSS);
        }

        @Override
        public Loss create(ComponentConfig c) {
            double factor = c.getDoubleInRange("factor", 1e-6, 1e6);
            Loss inner = c.component("inner", ExtensionPoint.LOSS);
            return (context, walks) -> {
                Ops tf = context.tf();
                LossOutput out = inner.compute(context, walks);
                context.report("scale", tf.constant((float) factor));
                return new LossOutput(tf.math.mul(out.loss(), tf.constant((float) factor)), out.diagnostics());
            };
        }
    }

    /**
     * A listener that writes every event it hears to {@code events.txt} in the run folder, fetching the mean of
     * the exposed {@code transition/0-1} every {@code every} steps: {@code listeners = [{ type = recorder }]}.
     */
    public static final class RecorderFactory implements ListenerFactory {
        /** The file the recorder writes in the run folder. */
        public static final String FILE = "events.txt";

        @Override
        public String defaults() {
            return "every = 1";
        }

        @Override
        public TrainingListener create(ComponentConfig c) {
            Every every = Every.from(c);
            List<String> events = new ArrayList<>();
            return new TrainingListener() {
                private TrainingRun run;

                @Override
                public void onGraphBuilt(GraphTaps taps) {
                    events.add("graph " + String.join(",", taps.exposed().keySet()));
                    @SuppressWarnings("unchecked")
                    Operand<TFloat32> a = (Operand<TFloat32>) taps.exposed().get("transition/0-1");
                    taps.fetch("mean", taps.tf().math.mean(a, taps.tf().constant(new int[] {0, 1, 2})));
                }

                @Override
                public void onTrainStart(TrainingRun training) {
                    run = training;
                    events.add("start " + training.firstStep() + " " + training.totalSteps());
                }

                @Override
                public boolean fetchesAt(long step, TrainingRun training) {
                    return every.includes(step, training);
                }

                @Override
                public void afterStep(StepEvent step) {
                    events.add("step " + step.step() + " " + step.fetched().keySet()
                            + (step.fetched().isEmpty() ? "" : " " + step.fetched().get("mean").floats()[0]));
                }

                @Override
                public void onCheckpoint(CheckpointEvent checkpoint) {
                    events.add("checkpoint " + checkpoint.step() + " " + checkpoint.file().getFileName());
                }

                @Override
                public void onEpochEnd(EpochEvent epoch) {
                    events.add("epoch " + epoch.epoch() + " " + epoch.step());
                }

                @Override
                public void onTrainEnd(TrainEndEvent end) {
                    events.add("end " + end.steps());
                }

                @Override
                public void onEvaluation(EvaluationEvent evaluation) {
                    events.add("evaluation " + evaluation.result().headline());
                }

                @Override
                public void close() {
                    events.add("close");
                    if (run != null) {
                        AtomicFiles.writeString(run.folder().resolve(FILE), String.join("\n", events) + "\n");
                    }
                }
            };
        }
    }
}
