package org.jaywalk.framework.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.graph.HostTensors;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.op.Op;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * Runs one step of a built training graph: feeds the batch, the learning rate and the step seed, fetches the
 * loss, the diagnostics and the requested probes (each distinct tensor once), runs the state updates and the
 * optimizer update as asked, and returns the values.
 */
final class StepRunner {

    /** The graph's inputs and the ops a step may run. */
    record Inputs(Placeholder<TFloat32> clips, long[] clipDims, Placeholder<TFloat32> learningRate,
                  Placeholder<TInt64> stepSeed, List<Op> stateUpdates, Op trainOp) {
    }

    private final Session session;
    private final Inputs inputs;
    private final ProbeRegistry probes;
    private final List<String> diagnostics;
    private final ClusterStepWatch watch;

    /** @param watch the deadline and failure naming of a cluster's steps; null for an in-process session */
    StepRunner(Session session, Inputs inputs, ProbeRegistry probes, List<String> diagnostics, ClusterStepWatch watch) {
        this.session = session;
        this.inputs = inputs;
        this.probes = probes;
        this.diagnostics = List.copyOf(diagnostics);
        this.watch = watch;
    }

    StepResult run(float[] batch, StepRequest request) {
        if (request.applyUpdates() && inputs.trainOp() == null) {
            throw new IllegalStateException("this graph was built without an optimizer");
        }
        List<Tensor> fed = new ArrayList<>();
        try {
            TFloat32 x = HostTensors.floats(inputs.clipDims(), batch);
            fed.add(x);
            TFloat32 lr = TFloat32.scalarOf((float) request.learningRate());
            fed.add(lr);
            TInt64 seed = HostTensors.longs(new long[] {2}, new long[] {request.seed(), request.step()});
            fed.add(seed);
            Session.Runner runner = session.runner().feed(inputs.clips(), x).feed(inputs.learningRate(), lr)
                    .feed(inputs.stepSeed(), seed);
            List<String> fetched = fetchList(request);
            List<Integer> slotOf = fetchEachTensorOnce(runner, fetched);
            if (request.updateState()) {
                inputs.stateUpdates().forEach(runner::addTarget);
            }
            if (request.applyUpdates()) {
                runner.addTarget(inputs.trainOp());
            }
            try (Result result = run(runner, request.step())) {
                return collect(fetched, slotOf, result);
            }
        } finally {
            fed.forEach(Tensor::close);
        }
    }

    /** Whether a cluster step failed, after which closing the session would wait for the lost task forever. */
    boolean sessionLost() {
        return watch != null && watch.lost();
    }

    /** Runs the step, on a cluster within the watch's deadline. */
    private Result run(Session.Runner runner, long step) {
        if (watch == null) {
            return runner.run();
        }
        Duration deadline = watch.deadline();
        runner.setOptions(watch.options());
        long start = System.nanoTime();
        try {
            Result result = runner.run();
            watch.finished(System.nanoTime() - start);
            return result;
        } catch (RuntimeException e) {
            throw watch.failed(step, System.nanoTime() - start, deadline, e);
        }
    }

    /** The loss, the diagnostics, then the requested probes, each name once. */
    private List<String> fetchList(StepRequest request) {
        List<String> fetched = new ArrayList<>();
        fetched.add(TrainingGraph.LOSS);
        diagnostics.forEach(d -> fetched.add(TrainingGraph.diagnosticProbe(d)));
        request.probes().stream().filter(p -> !fetched.contains(p)).forEach(fetched::add);
        return fetched;
    }

    /** TensorFlow refuses to fetch one output twice: each distinct operand gets one slot. */
    private List<Integer> fetchEachTensorOnce(Session.Runner runner, List<String> fetched) {
        Map<Operand<?>, Integer> slots = new IdentityHashMap<>();
        List<Integer> slotOf = new ArrayList<>();
        for (String name : fetched) {
            slotOf.add(slots.computeIfAbsent(probes.get(name).operand(), o -> {
                runner.fetch(o);
                return slots.size();
            }));
        }
        return slotOf;
    }

    private StepResult collect(List<String> fetched, List<Integer> slotOf, Result result) {
        Map<String, float[]> values = new LinkedHashMap<>();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        for (int i = 0; i < fetched.size(); i++) {
            String name = fetched.get(i);
            ProbeRegistry.Probe probe = probes.get(name);
            Tensor t = result.get(slotOf.get(i));
            float[] v = toFloats(t);
            long[] canonical = probe.canonicalShape();
            values.put(name, canonical == null ? v : probe.layout().toCanonical(v, canonical));
            shapes.put(name, canonical == null ? t.shape().asArray() : canonical.clone());
        }
        Map<String, Double> diags = new LinkedHashMap<>();
        diagnostics.forEach(k -> diags.put(k, (double) values.get(TrainingGraph.diagnosticProbe(k))[0]));
        return new StepResult(values.get(TrainingGraph.LOSS)[0], diags, values, shapes);
    }

    private static float[] toFloats(Tensor t) {
        if (t instanceof TFloat32 f) {
            return HostTensors.toArray(f);
        }
        if (t instanceof TInt32 i) {
            int[] ints = HostTensors.toArray(i);
            float[] out = new float[ints.length];
            for (int k = 0; k < ints.length; k++) {
                out[k] = ints[k];
            }
            return out;
        }
        throw new IllegalArgumentException("cannot read a probe of type " + t.dataType());
    }
}
