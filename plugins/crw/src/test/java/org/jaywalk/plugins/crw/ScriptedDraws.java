package org.jaywalk.plugins.crw;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jaywalk.framework.spi.graph.BatchMoments;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * A graph context whose uniform random draws are written out in the test, one array per {@link #uniform} call in
 * call order, so a random mask can be read off the page. Everything else is the harness's context.
 */
final class ScriptedDraws implements GraphContext {

    private final GraphContext context;
    private final Deque<float[]> draws;

    /** @param draws the values of each {@code uniform} call in C order, as many as the requested shape holds */
    ScriptedDraws(GraphContext context, float[]... draws) {
        this.context = context;
        this.draws = new ArrayDeque<>(List.of(draws));
    }

    @Override
    public Operand<TFloat32> uniform(Operand<TInt64> shape) {
        if (draws.isEmpty()) {
            throw new IllegalStateException("no scripted draws left");
        }
        Ops tf = tf();
        return tf.reshape(tf.constant(draws.removeFirst()), shape);
    }

    /** True when every scripted draw was used. */
    boolean exhausted() {
        return draws.isEmpty();
    }

    @Override
    public Ops tf() {
        return context.tf();
    }

    @Override
    public ParameterStore parameters() {
        return context.parameters();
    }

    @Override
    public boolean training() {
        return context.training();
    }

    @Override
    public boolean deterministic() {
        return context.deterministic();
    }

    @Override
    public Operand<TInt64> nextSeed() {
        return context.nextSeed();
    }

    @Override
    public boolean synchronizesBatchStatistics() {
        return context.synchronizesBatchStatistics();
    }

    @Override
    public BatchMoments batchMoments(Operand<TFloat32> x) {
        return context.batchMoments(x);
    }

    @Override
    public void addUpdate(Op update) {
        context.addUpdate(update);
    }

    @Override
    public void expose(String name, Operand<?> tensor) {
        context.expose(name, tensor);
    }

    @Override
    public void report(String name, Operand<TFloat32> scalar) {
        context.report(name, scalar);
    }

    @Override
    public GraphContext withControlDependencies(List<Op> dependencies) {
        throw new UnsupportedOperationException("scripted draws do not follow control dependencies");
    }
}
