package org.jaywalk.framework.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.Optimizer;
import org.jaywalk.framework.spi.data.ClipShape;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.types.TInt64;

/**
 * The float64 proof of a {@link TrainingGraph}: the same graph, built with {@link GraphOptions#float64Proof()}
 * and {@linkplain Float64Rebuild rebuilt in float64}. Steps take and return doubles; everything else (probes,
 * seeds, state updates, the optimizer update, canonical layouts) works as in the float32 graph.
 */
public final class Float64TrainingGraph implements AutoCloseable {

    /** One step's loss, diagnostics and probes (canonical layout). */
    public record Step(double loss, Map<String, Double> diagnostics, Map<String, double[]> probes) {
    }

    private final TrainingGraph source;
    private final Float64Rebuild rebuild;

    private Float64TrainingGraph(TrainingGraph source) {
        this.source = source;
        this.rebuild = new Float64Rebuild(source.session().graph(), source.parameters());
    }

    /**
     * Builds the model as {@link TrainingGraph#build(ModelComponents, Optimizer, ClipShape, SessionSettings,
     * GraphOptions)} would, in float64. Parameters (and optimizer state) are not initialized: call {@link #assign}.
     */
    public static Float64TrainingGraph build(ModelComponents model, Optimizer optimizer, ClipShape shape,
                                             GraphOptions options) {
        TrainingGraph source = TrainingGraph.build(model, optimizer, shape, SessionSettings.defaults(),
                options.withFloat64Proof(true));
        try {
            return new Float64TrainingGraph(source);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** The parameters' names, shapes and kinds (their variables belong to the float32 graph, never run). */
    public VariableStore parameters() {
        return source.parameters();
    }

    /** Assigns canonical-layout values to parameters. */
    public void assign(Map<String, double[]> canonicalValues) {
        rebuild.assign(canonicalValues);
    }

    /** Canonical-layout values of the named parameters. */
    public Map<String, double[]> read(List<String> names) {
        return rebuild.read(names);
    }

    /** Runs one step as {@link TrainingGraph#run} does, on a float64 batch. */
    public Step run(double[] batch, StepRequest request) {
        StepRunner.Inputs in = source.inputs();
        if (request.applyUpdates() && in.trainOp() == null) {
            throw new IllegalStateException("this graph was built without an optimizer");
        }
        List<String> names = new ArrayList<>(List.of(TrainingGraph.LOSS));
        source.diagnosticNames().forEach(d -> names.add(TrainingGraph.diagnosticProbe(d)));
        request.probes().stream().filter(p -> !names.contains(p)).forEach(names::add);
        List<Tensor> fed = new ArrayList<>();
        try {
            fed.add(Float64Rebuild.tensor(in.clipDims(), batch));
            fed.add(Float64Rebuild.tensor(new long[0], new double[] {request.learningRate()}));
            fed.add(TInt64.tensorOf(Shape.of(2), DataBuffers.of(new long[] {request.seed(), request.step()}, true, false)));
            Session.Runner runner = rebuild.session().runner().feed(name(in.clips()), fed.get(0))
                    .feed(name(in.learningRate()), fed.get(1)).feed(name(in.stepSeed()), fed.get(2));
            // one fetch per distinct tensor: TensorFlow refuses to fetch one output twice
            Map<String, Integer> slots = new LinkedHashMap<>();
            List<Integer> slotOf = new ArrayList<>();
            for (String n : names) {
                Operand<?> o = source.probeOf(n).operand();
                String key = name(o) + ":" + o.asOutput().index();
                slotOf.add(slots.computeIfAbsent(key, k -> {
                    runner.fetch(name(o), o.asOutput().index());
                    return slots.size();
                }));
            }
            if (request.updateState()) {
                in.stateUpdates().forEach(u -> runner.addTarget(name(u)));
            }
            if (request.applyUpdates()) {
                runner.addTarget(name(in.trainOp()));
            }
            try (Result r = runner.run()) {
                Map<String, double[]> values = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    ProbeRegistry.Probe p = source.probeOf(names.get(i));
                    double[] v = Float64Rebuild.values(r.get(slotOf.get(i)));
                    values.put(names.get(i), p.canonicalShape() == null ? v
                            : Float64Rebuild.reorder(v, p.layout(), p.canonicalShape(), false));
                }
                Map<String, Double> diagnostics = new LinkedHashMap<>();
                source.diagnosticNames().forEach(d -> diagnostics.put(d, values.get(TrainingGraph.diagnosticProbe(d))[0]));
                return new Step(values.get(TrainingGraph.LOSS)[0], diagnostics, values);
            }
        } finally {
            fed.forEach(Tensor::close);
        }
    }

    private static String name(Op op) {
        return op.op().name();
    }

    @Override
    public void close() {
        try {
            rebuild.close();
        } finally {
            source.close();
        }
    }
}
