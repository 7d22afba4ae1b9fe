package org.jaywalk.framework.graph;

import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * The float64 proof of a {@link FeatureGraph}: the same test-time graph, built with
 * {@link GraphOptions#float64Proof()} semantics and {@linkplain Float64Rebuild rebuilt in float64}.
 */
public final class Float64FeatureGraph implements AutoCloseable {

    /** Maps {@code [n, h, w, C]} and the maps L2-normalized over channels. */
    public record Features(long[] shape, double[] maps, double[] normalized) {
    }

    private final FeatureGraph source;
    private final Float64Rebuild rebuild;
    private final long[] imageShape;

    /** @param imageShape {@code [n, H, W, 3]} */
    public Float64FeatureGraph(Encoder encoder, long[] imageShape) {
        this.imageShape = imageShape.clone();
        this.source = new FeatureGraph(encoder, imageShape, SessionSettings.defaults(), true);
        try {
            this.rebuild = new Float64Rebuild(source.session().graph(), source.parameters());
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

    /** @param nhwc images {@code [n, H, W, 3]} */
    public Features run(double[] nhwc) {
        List<Operand<TFloat32>> ends = source.endpoints(); // images, maps, normalized
        try (TFloat64 x = Float64Rebuild.tensor(imageShape, nhwc);
             Result r = rebuild.session().runner().feed(ends.get(0).op().name(), x)
                     .fetch(ends.get(1).op().name(), ends.get(1).asOutput().index())
                     .fetch(ends.get(2).op().name(), ends.get(2).asOutput().index()).run()) {
            return new Features(r.get(0).shape().asArray(), Float64Rebuild.values(r.get(0)),
                    Float64Rebuild.values(r.get(1)));
        }
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
