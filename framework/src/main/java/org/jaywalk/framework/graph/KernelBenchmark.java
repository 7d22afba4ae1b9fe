package org.jaywalk.framework.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jaywalk.framework.spi.graph.HostTensors;
import org.jaywalk.framework.spi.graph.KernelCandidate;
import org.jaywalk.framework.spi.graph.KernelProblem;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Times each candidate kernel in a graph of its own: the op on random inputs fed through placeholders (so
 * nothing is constant-folded), with its gradients with respect to every input when the problem needs them.
 * After {@code warmup} untimed runs of each, the candidates run in turn for {@code rounds} rounds; a candidate's
 * time is its fastest run, the figure least disturbed by other work on the machine.
 */
public final class KernelBenchmark implements KernelTimer {

    private final SessionSettings settings;
    private final int warmup;
    private final int rounds;

    /** @param settings the thread settings of the session the chosen kernels will run in */
    public KernelBenchmark(SessionSettings settings, int warmup, int rounds) {
        if (warmup < 0 || rounds < 1) {
            throw new IllegalArgumentException("need warmup >= 0 and rounds >= 1, got " + warmup + " and " + rounds);
        }
        this.settings = settings.withCpuDevices(1);
        this.warmup = warmup;
        this.rounds = rounds;
    }

    @Override
    public Map<String, Double> seconds(KernelProblem problem, Map<String, KernelCandidate> candidates) {
        List<Bench> benches = new ArrayList<>();
        try {
            for (Map.Entry<String, KernelCandidate> c : candidates.entrySet()) {
                benches.add(new Bench(c.getKey(), problem, c.getValue(), settings));
            }
            for (Bench b : benches) {
                for (int i = 0; i < warmup; i++) {
                    b.run();
                }
            }
            for (int r = 0; r < rounds; r++) {
                for (Bench b : benches) {
                    b.best = Math.min(b.best, b.run());
                }
            }
            Map<String, Double> out = new LinkedHashMap<>();
            benches.forEach(b -> out.put(b.name, b.best));
            return out;
        } finally {
            benches.forEach(Bench::close);
        }
    }

    /** One candidate's graph, session and fed inputs. */
    private static final class Bench implements AutoCloseable {
        private final String name;
        private final Graph graph = new Graph();
        private Session session;
        private final List<Placeholder<TFloat32>> inputs = new ArrayList<>();
        private final List<TFloat32> values = new ArrayList<>();
        private final List<Output<?>> targets = new ArrayList<>();
        private double best = Double.POSITIVE_INFINITY;

        Bench(String name, KernelProblem problem, KernelCandidate candidate, SessionSettings settings) {
            this.name = name;
            try {
                Ops tf = Ops.create(graph);
                Random random = new Random(0);
                for (long[] shape : problem.inputs()) {
                    inputs.add(tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(shape))));
                    float[] v = new float[Math.toIntExact(Shape.of(shape).size())];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = random.nextFloat() - 0.5f;
                    }
                    values.add(HostTensors.floats(shape, v));
                }
                Operand<TFloat32> y = candidate.build(tf, List.copyOf(inputs));
                if (problem.gradients()) {
                    Operand<TFloat32> sum = tf.reduceSum(y, tf.range(tf.constant(0), tf.rank(y), tf.constant(1)));
                    Output<?>[] grads = graph.addGradients(sum.asOutput(),
                            inputs.stream().map(Placeholder::asOutput).toArray(Output<?>[]::new));
                    targets.addAll(List.of(grads));
                } else {
                    targets.add(y.asOutput());
                }
                session = new Session(graph, settings.toProto());
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        /** Seconds of one run. */
        double run() {
            Session.Runner runner = session.runner();
            for (int i = 0; i < inputs.size(); i++) {
                runner.feed(inputs.get(i), values.get(i));
            }
            targets.forEach(t -> runner.addTarget(t.op()));
            long start = System.nanoTime();
            runner.run().close();
            return (System.nanoTime() - start) / 1e9;
        }

        @Override
        public void close() {
            values.forEach(TFloat32::close);
            if (session != null) {
                session.close();
            }
            graph.close();
        }
    }
}
