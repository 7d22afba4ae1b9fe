package org.jaywalk.framework.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.graph.BuildContext;
import org.jaywalk.framework.graph.VariableStore;
import org.jaywalk.framework.spi.ComponentFactory;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.HostTensors;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * A plugin author's test bench (shipped in the framework's test jar): builds a component's graph in a fresh
 * TensorFlow graph with the same {@link GraphContext} the framework gives it, runs it, and returns values and
 * shapes. Random ops get the per-step seed {@code [seed, step]} as in training.
 *
 * <pre>{@code
 * try (ComponentHarness h = ComponentHarness.training()) {
 *     Loss loss = h.create(new MyLossFactory(), "temperature = 0.1");
 *     Operand<TFloat32> x = h.constant(new long[] {2, 3}, 1, 2, 3, 4, 5, 6);
 *     float[] values = h.values(someOp(h.context(), x));
 * }
 * }</pre>
 */
public final class ComponentHarness implements AutoCloseable {

    private final Graph graph = new Graph();
    private final Ops tf = Ops.create(graph);
    private final VariableStore parameters = new VariableStore(tf);
    private final BuildContext context;
    private final List<Tensor> fed = new ArrayList<>();
    private Session session;
    private long seed;
    private long step;

    private ComponentHarness(boolean training, boolean deterministic) {
        this.context = new BuildContext(tf, parameters, training, deterministic);
    }

    /** A training graph (batch statistics, dropout on), bitwise reproducible kernels. */
    public static ComponentHarness training() {
        return new ComponentHarness(true, true);
    }

    /** An inference graph (running statistics, no dropout). */
    public static ComponentHarness inference() {
        return new ComponentHarness(false, true);
    }

    /** The context to build components with. */
    public GraphContext context() {
        return context;
    }

    public Ops tf() {
        return tf;
    }

    public ParameterStore parameters() {
        return parameters;
    }

    /**
     * Builds a component from {@code factory} with {@code hocon} merged over its defaults, as an experiment
     * block {@code path} would (errors name {@code path}).
     */
    public <T> T create(ComponentFactory<T> factory, String hocon) {
        return create(factory, "component", hocon);
    }

    /** As {@link #create(ComponentFactory, String)}, with the block's path in the experiment. */
    public <T> T create(ComponentFactory<T> factory, String path, String hocon) {
        return ComponentBlocks.create(factory, path, hocon, seed);
    }

    /** A float constant of {@code shape} holding {@code values} in C order. */
    public Operand<TFloat32> constant(long[] shape, float... values) {
        if (ParameterStore.elements(shape) != values.length) {
            throw new IllegalArgumentException(values.length + " values for shape " + Arrays.toString(shape));
        }
        return tf.constant(org.tensorflow.ndarray.Shape.of(shape),
                org.tensorflow.ndarray.buffer.DataBuffers.of(values, true, false));
    }

    /** The tensors components exposed ({@link GraphContext#expose}) while building in this harness, by name. */
    public Map<String, Operand<?>> exposed() {
        return context.record().exposed();
    }

    /** Sets the seed and step fed to random ops from now on (default {@code [0, 0]}). */
    public ComponentHarness atStep(long seed, long step) {
        this.seed = seed;
        this.step = step;
        return this;
    }

    /** Initializes every parameter from its initializer (seeded); needs the whole graph built first. */
    public void initialize(long parameterSeed) {
        parameters.initialize(session(), parameterSeed);
    }

    /** Assigns canonical-layout values to the named parameters. */
    public void assign(Map<String, float[]> values) {
        parameters.assign(session(), values);
    }

    /** The named parameters' values in canonical layout. */
    public Map<String, float[]> read(String... names) {
        return parameters.read(session(), List.of(names));
    }

    /** Runs {@code targets} (e.g. an optimizer update) once, with every state update the components added. */
    public void runTargets(Op... targets) {
        Session.Runner runner = feedSeed(session().runner());
        for (Op op : targets) {
            runner.addTarget(op);
        }
        runner.run().close();
    }

    /** The values of {@code x} in C order. */
    public float[] values(Operand<TFloat32> x) {
        return evaluate(List.of(x)).get(0).values();
    }

    /** The shape of {@code x} as computed. */
    public long[] shape(Operand<TFloat32> x) {
        return evaluate(List.of(x)).get(0).shape();
    }

    /** One evaluated tensor. */
    public record Value(long[] shape, float[] values) {
    }

    /** Evaluates several tensors in one run, so random ops draw once for all of them. */
    public List<Value> evaluate(List<Operand<TFloat32>> fetches) {
        Session.Runner runner = feedSeed(session().runner());
        fetches.forEach(runner::fetch);
        try (Result r = runner.run()) {
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < fetches.size(); i++) {
                TFloat32 t = (TFloat32) r.get(i);
                out.add(new Value(HostTensors.dims(t), HostTensors.toArray(t)));
            }
            return out;
        }
    }

    /** The named values of several tensors, in one run. */
    public Map<String, Value> evaluate(Map<String, Operand<TFloat32>> fetches) {
        List<Value> values = evaluate(new ArrayList<>(fetches.values()));
        Map<String, Value> out = new LinkedHashMap<>();
        int i = 0;
        for (String name : fetches.keySet()) {
            out.put(name, values.get(i++));
        }
        return out;
    }

    private Session.Runner feedSeed(Session.Runner runner) {
        TInt64 seedTensor = TInt64.vectorOf(seed, step);
        fed.add(seedTensor);
        return runner.feed(context.stepSeed(), seedTensor);
    }

    private Session session() {
        if (session == null) {
            parameters.prepareAssignments();
            session = new Session(graph);
        }
        return session;
    }

    @Override
    public void close() {
        fed.forEach(Tensor::close);
        if (session != null) {
            session.close();
        }
        graph.close();
    }
}
