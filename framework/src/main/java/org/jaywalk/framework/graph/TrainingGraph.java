package org.jaywalk.framework.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.Optimizer;
import org.jaywalk.framework.spi.data.ClipShape;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.spi.train.GraphTaps;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The whole model as one TensorFlow graph, built once: clips {@code [B, T, N*3, H, W]} -> frames -> encoder
 * -> node maps -> head -> embeddings {@code [B, D, T, N]} -> walks -> loss -> gradients -> optimizer update.
 * Every tensor a test or a log may want is reachable by name through {@link StepRequest#probes()}.
 */
public final class TrainingGraph implements AutoCloseable {

    /** The probe of the loss. */
    public static final String LOSS = "loss";

    private final Graph graph;
    private final Session session;
    private final VariableStore parameters;
    private final BuildContext context;
    private final ClipShape shape;
    private final Placeholder<TFloat32> clips;
    private final Placeholder<TFloat32> learningRate;
    private final Operand<TFloat32> loss;
    private final Map<String, Operand<TFloat32>> diagnostics;
    private final ProbeRegistry probes = new ProbeRegistry();
    private final Op trainOp;
    private final StepRunner.Inputs inputs;
    private final StepRunner runner;
    private final KernelSelection kernels;

    private TrainingGraph(Graph graph, ModelComponents model, Optimizer optimizer, ClipShape shape,
                          SessionFactory sessions, GraphOptions options) {
        this.shape = shape;
        this.graph = graph;
        Ops tf = Ops.create(graph);
        this.parameters = new VariableStore(parameterOps(tf, options.devices()));
        this.context = new BuildContext(tf, parameters, true, options.deterministic(), options.float64Proof());
        context.record().useKernels(options.kernels());
        this.kernels = options.kernels();
        this.clips = tf.withName("clips").placeholder(TFloat32.class, Placeholder.shape(Shape.of(shape.dims())));
        this.learningRate = tf.withName("learning_rate").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));

        List<Tower> towers = buildTowers(tf, model, options);
        options.kernels().checkUsed();
        Tower first = towers.get(0);
        probe("q", concat(tf, towers.stream().map(Tower::embeddings).toList()));
        for (int w = 0; w < first.walks().size(); w++) {
            int index = w;
            String name = first.walks().get(w).name();
            probe("walk:" + name, concat(tf, towers.stream().map(t -> t.walks().get(index).transitions()).toList()));
            probe("target:" + name, concat(tf, towers.stream().map(t -> t.walks().get(index).targets()).toList()));
        }
        this.loss = mean(tf, towers.stream().map(t -> t.loss().loss()).toList());
        this.diagnostics = new LinkedHashMap<>();
        for (String name : first.loss().diagnostics().keySet()) {
            diagnostics.put(name, mean(tf, towers.stream().map(t -> t.loss().diagnostics().get(name)).toList()));
        }
        context.record().reported().forEach((name, perTower) -> {
            if (diagnostics.putIfAbsent(name, mean(tf, perTower)) != null) {
                throw new IllegalArgumentException("a component reports '" + name + "', a name the loss's "
                        + "diagnostics already use");
            }
        });
        probe(LOSS, loss);
        diagnostics.forEach((k, v) -> probe(diagnosticProbe(k), v));
        List<Operand<TFloat32>> gradients = buildGradients(tf, !options.devices().isEmpty());
        this.trainOp = optimizer == null ? null : buildUpdate(optimizer, gradients);
        options.taps().accept(new Taps(tf));
        parameters.prepareAssignments();
        this.session = sessions.open(graph);
        this.inputs = new StepRunner.Inputs(clips, shape.dims(), learningRate, context.stepSeed(), context.updates(),
                trainOp);
        this.runner = new StepRunner(session, inputs, probes, List.copyOf(diagnostics.keySet()), sessions.watch());
    }

    /** The probe name of a diagnostic. */
    static String diagnosticProbe(String diagnostic) {
        return "diag:" + diagnostic;
    }

    /** The probe name of a listener's fetch. */
    public static String fetchProbe(String name) {
        return "fetch:" + name;
    }

    /** What listeners see of this graph while it is built. */
    private final class Taps implements GraphTaps {
        private final Ops tf;

        Taps(Ops tf) {
            this.tf = tf;
        }

        @Override
        public Ops tf() {
            return tf;
        }

        @Override
        public Map<String, Operand<?>> exposed() {
            return context.record().exposed();
        }

        @Override
        public void fetch(String name, Operand<?> tensor) {
            probe(fetchProbe(name), tensor);
        }
    }

    /**
     * Where the parameters live: with towers on the tasks of a cluster, on task 0 (the chief), which applies
     * the update; otherwise unplaced, like the rest of the shared graph.
     */
    private static Ops parameterOps(Ops tf, List<String> devices) {
        if (devices.isEmpty() || !DeviceNames.namesTask(devices.get(0))) {
            return tf;
        }
        String job = DeviceNames.parse(devices.get(0)).job();
        return tf.withDevice(DeviceNames.parse("/job:" + (job == null ? DeviceNames.CLUSTER_JOB : job) + "/task:0"));
    }

    /**
     * Builds a one-tower graph with reproducible kernels and opens its session. Parameters are not initialized:
     * call {@link ParameterStore#initialize} or {@link ParameterStore#assign}.
     *
     * @param optimizer null for a graph that never updates parameters (e.g. parity checks)
     */
    public static TrainingGraph build(ModelComponents model, Optimizer optimizer, ClipShape shape,
                                      SessionSettings settings) {
        return build(model, optimizer, shape, settings, GraphOptions.defaults());
    }

    /**
     * Builds the graph as {@code options} say. With several devices it is data-parallel: one replica (tower)
     * of the model per device, sharing parameters, each on its slice of the batch ({@code B / devices} clips).
     * The loss and diagnostics are the towers' means, so gradients are the average of the towers' gradients
     * and one optimizer update applies them. Batch-norm layers normalize with their own tower's statistics and
     * the running statistics follow the first tower, as with {@code nn.DataParallel}, unless
     * {@link GraphOptions#synchronizedBatchNorm()} asks for statistics over the whole batch.
     *
     * @param optimizer null for a graph that never updates parameters (e.g. parity checks)
     */
    public static TrainingGraph build(ModelComponents model, Optimizer optimizer, ClipShape shape,
                                      SessionSettings settings, GraphOptions options) {
        return build(model, optimizer, shape, SessionFactory.local(settings), options);
    }

    /**
     * As {@link #build(ModelComponents, Optimizer, ClipShape, SessionSettings, GraphOptions)}, the session
     * opened by {@code sessions}: on a cluster, the devices name tasks ({@code /job:worker/task:1/device:CPU:0},
     * see {@link DevicePlan#onTasks}), the parameters live on task 0 and {@code sessions} talks to its master.
     */
    public static TrainingGraph build(ModelComponents model, Optimizer optimizer, ClipShape shape,
                                      SessionFactory sessions, GraphOptions options) {
        Graph graph = new Graph();
        try {
            return new TrainingGraph(graph, model, optimizer, shape, sessions, options);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    /**
     * One tower per device (one unplaced tower when there are no devices); with synchronized batch norm the
     * towers are built in {@linkplain TowerLockstep lockstep}, their statistics summed on the first tower's
     * device. Towers after the first read the shared variables through {@linkplain TowerVariableReads copies on
     * their devices}.
     */
    private List<Tower> buildTowers(Ops tf, ModelComponents model, GraphOptions options) {
        List<String> devices = options.devices();
        int count = options.towers();
        if (shape.batchSize() % count != 0) {
            throw new IllegalArgumentException("the batch size " + shape.batchSize() + " must be a multiple of the "
                    + count + " devices " + devices);
        }
        int b = shape.batchSize() / count;
        ClipShape towerShape = new ClipShape(b, shape.frames(), shape.nodes(), shape.height(), shape.width());
        long[] dims = shape.dims();
        List<Ops> towerOps = new ArrayList<>();
        List<Operand<TFloat32>> slices = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Ops ops = devices.isEmpty() ? tf : tf.withDevice(DeviceNames.parse(devices.get(k)));
            towerOps.add(ops);
            // [b, T, N*3, H, W]: clips k*b .. (k+1)*b - 1
            slices.add(count == 1 ? clips : ops.slice(clips,
                    ops.constant(new int[] {k * b, 0, 0, 0, 0}),
                    ops.constant(new int[] {b, (int) dims[1], (int) dims[2], (int) dims[3], (int) dims[4]})));
        }
        List<Tower> towers = new ArrayList<>();
        if (count == 1 || !options.synchronizedBatchNorm()) {
            for (int k = 0; k < count; k++) {
                towers.add(Tower.build(context.forTower(towerOps.get(k), k, null), model, slices.get(k), towerShape));
            }
        } else {
            TowerLockstep lockstep = new TowerLockstep(count, parts -> towerOps.get(0).math.addN(parts));
            towers.addAll(lockstep.run(k -> Tower.build(context.forTower(towerOps.get(k), k, lockstep.reduction(k)),
                    model, slices.get(k), towerShape)));
        }
        List<Variable<TFloat32>> variables = parameters.entries().stream().map(ParameterStore.Entry::variable).toList();
        for (int k = 1; k < count; k++) {
            TowerVariableReads.localize(towerOps.get(k), k, towerOps.get(0), variables);
        }
        return towers;
    }

    /** Concatenation along axis 0 (the batch axis of every probe), or the operand itself for one tower. */
    private static <T extends org.tensorflow.types.family.TType> Operand<T> concat(Ops tf, List<Operand<T>> parts) {
        return parts.size() == 1 ? parts.get(0) : tf.concat(parts, tf.constant(0));
    }

    /** The mean of scalars, or the scalar itself for one tower. */
    private static Operand<TFloat32> mean(Ops tf, List<Operand<TFloat32>> scalars) {
        return scalars.size() == 1 ? scalars.get(0)
                : tf.math.div(tf.math.addN(scalars), tf.constant((float) scalars.size()));
    }

    /**
     * d loss / d parameter for every trainable parameter (graph layout), each also a {@code grad:} probe. With
     * {@code placed} towers each gradient op runs on its forward op's device ({@link GradientPlacement}).
     */
    private List<Operand<TFloat32>> buildGradients(Ops tf, boolean placed) {
        List<ParameterStore.Entry> trainable = parameters.entries(ParameterKind.TRAINABLE);
        Output<?>[] xs = trainable.stream().map(e -> e.variable().asOutput()).toArray(Output<?>[]::new);
        Output<?>[] grads = placed ? GradientPlacement.addGradients(graph, loss.asOutput(), xs)
                : graph.addGradients(loss.asOutput(), xs);
        List<Operand<TFloat32>> gradients = new ArrayList<>();
        for (int i = 0; i < grads.length; i++) {
            if (grads[i] == null) {
                throw new IllegalStateException("parameter '" + trainable.get(i).name()
                        + "' does not influence the loss: remove it or freeze it");
            }
            @SuppressWarnings("unchecked")
            Operand<TFloat32> g = tf.identity((Operand<TFloat32>) grads[i]);
            gradients.add(g);
            probes.add("grad:" + trainable.get(i).name(), g, trainable.get(i).layout(), trainable.get(i).shape());
        }
        return gradients;
    }

    /** The optimizer's update, gated so that no parameter changes before every gradient is computed. */
    private Op buildUpdate(Optimizer optimizer, List<Operand<TFloat32>> gradients) {
        List<Op> gates = gradients.stream().map(g -> (Op) g).toList();
        GraphContext gated = context.withControlDependencies(gates);
        return optimizer.apply(gated, parameters.entries(ParameterKind.TRAINABLE), gradients, learningRate);
    }

    private void probe(String name, Operand<?> op) {
        probes.add(name, op);
    }

    /** Runs one step on a batch. */
    public StepResult run(float[] batch, StepRequest request) {
        return runner.run(batch, request);
    }

    /** Names accepted in {@link StepRequest#probes()}. */
    public List<String> probeNames() {
        return probes.names();
    }

    /** Names of the loss's diagnostics, in a stable order. */
    public List<String> diagnosticNames() {
        return List.copyOf(diagnostics.keySet());
    }

    /** The kernel chosen for each op that offers several, by problem key (checkpoints record it). */
    public Map<String, String> kernelChoices() {
        return kernels.choices();
    }

    public VariableStore parameters() {
        return parameters;
    }

    /** What a step feeds and runs (read by the float64 rebuild of this graph). */
    StepRunner.Inputs inputs() {
        return inputs;
    }

    /** The probe of {@code name} (read by the float64 rebuild of this graph). */
    ProbeRegistry.Probe probeOf(String name) {
        return probes.get(name);
    }

    public Session session() {
        return session;
    }

    public ClipShape shape() {
        return shape;
    }

    /**
     * Closes the session and the graph, except after a cluster step failed: closing would then wait for the
     * lost task forever, so both are left to the process's exit.
     */
    @Override
    public void close() {
        if (runner.sessionLost()) {
            return;
        }
        session.close();
        graph.close();
    }
}
