package org.jaywalk.framework.graph;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.spi.graph.TensorLayout;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * A float32 graph rebuilt in float64, for the proof of exactness: its GraphDef with every float32 type
 * attribute turned into float64 and every float32 constant {@code f} into the double of {@code f}'s shortest
 * decimal ({@code 0.1f} becomes {@code 0.1}, as the reference's Python literals are), imported into a fresh
 * graph with its own session. The graph must have been built with {@link GraphOptions#float64Proof()} so that
 * every op has a float64 CPU kernel. Operations keep their names, so feeds and fetches go by name; the
 * parameters are assigned and read through the source store's assign ops and variables, in canonical layout.
 */
final class Float64Rebuild implements AutoCloseable {

    private final Graph graph = new Graph();
    private final Session session;
    private final VariableStore store;

    /** Rebuilds {@code source} (whose parameters are {@code store}, assignments prepared) in float64. */
    Float64Rebuild(Graph source, VariableStore store) {
        this.store = store;
        try {
            graph.importGraphDef(widen(source.toGraphDef()));
            this.session = new Session(graph, SessionSettings.defaults().toProto());
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    /** {@code def} with every float32 type and constant in float64. */
    static GraphDef widen(GraphDef def) {
        GraphDef.Builder out = def.toBuilder();
        for (NodeDef.Builder node : out.getNodeBuilderList()) {
            Map<String, AttrValue> attrs = new LinkedHashMap<>(node.getAttrMap());
            attrs.replaceAll((name, value) -> widen(value));
            node.clearAttr().putAllAttr(attrs);
        }
        return out.build();
    }

    private static AttrValue widen(AttrValue value) {
        return switch (value.getValueCase()) {
            case TYPE -> value.toBuilder().setType(widen(value.getType())).build();
            case LIST -> {
                AttrValue.ListValue.Builder list = value.getList().toBuilder().clearType();
                value.getList().getTypeList().forEach(t -> list.addType(widen(t)));
                yield value.toBuilder().setList(list).build();
            }
            case TENSOR -> value.toBuilder().setTensor(widen(value.getTensor())).build();
            default -> value;
        };
    }

    private static DataType widen(DataType type) {
        return switch (type) {
            case DT_FLOAT -> DataType.DT_DOUBLE;
            case DT_FLOAT_REF -> DataType.DT_DOUBLE_REF;
            default -> type;
        };
    }

    private static TensorProto widen(TensorProto t) {
        if (t.getDtype() != DataType.DT_FLOAT) {
            return t;
        }
        TensorProto.Builder out = TensorProto.newBuilder().setDtype(DataType.DT_DOUBLE).setTensorShape(t.getTensorShape());
        if (!t.getTensorContent().isEmpty()) {
            ByteBuffer in = t.getTensorContent().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer wide = ByteBuffer.allocate(in.remaining() * 2).order(ByteOrder.LITTLE_ENDIAN);
            while (in.hasRemaining()) {
                wide.putDouble(decimal(in.getFloat()));
            }
            out.setTensorContent(ByteString.copyFrom(wide.flip()));
        } else {
            t.getFloatValList().forEach(f -> out.addDoubleVal(decimal(f)));
        }
        return out.build();
    }

    /** The double of {@code f}'s shortest decimal: the value a float32 constant was written for. */
    static double decimal(float f) {
        return Double.parseDouble(Float.toString(f));
    }

    Session session() {
        return session;
    }

    /** Assigns canonical-layout values to parameters of the store. */
    void assign(Map<String, double[]> canonicalValues) {
        List<Tensor> fed = new ArrayList<>();
        try {
            Session.Runner runner = session.runner();
            for (Map.Entry<String, double[]> kv : canonicalValues.entrySet()) {
                ParameterStore.Entry e = store.entry(kv.getKey());
                if (kv.getValue().length != ParameterStore.elements(e.shape())) {
                    throw new IllegalArgumentException("value for '" + e.name() + "' has " + kv.getValue().length
                            + " elements, expected " + ParameterStore.elements(e.shape()));
                }
                List<Op> assignment = store.assignment(e.name());
                TFloat64 t = tensor(e.graphShape(), reorder(kv.getValue(), e.layout(), e.shape(), true));
                fed.add(t);
                runner.feed(assignment.get(0).op().name(), t).addTarget(assignment.get(1).op().name());
            }
            if (!runner.isEmpty()) {
                runner.run().close();
            }
        } finally {
            fed.forEach(Tensor::close);
        }
    }

    /** Canonical-layout values of the named parameters. */
    Map<String, double[]> read(List<String> names) {
        Map<String, double[]> out = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return out;
        }
        Session.Runner runner = session.runner();
        names.forEach(n -> runner.fetch(store.entry(n).variable().op().name()));
        try (Result r = runner.run()) {
            for (int i = 0; i < names.size(); i++) {
                ParameterStore.Entry e = store.entry(names.get(i));
                out.put(e.name(), reorder(values(r.get(i)), e.layout(), e.shape(), false));
            }
        }
        return out;
    }

    /** A new float64 tensor holding {@code values} (C order of {@code shape}). */
    static TFloat64 tensor(long[] shape, double[] values) {
        return TFloat64.tensorOf(Shape.of(shape), DataBuffers.of(values, true, false));
    }

    /** All values of a float64 or integer tensor in C order, as doubles. */
    static double[] values(Tensor t) {
        double[] out = new double[Math.toIntExact(t.shape().size())];
        if (t instanceof TFloat64 d) {
            d.copyTo(DataBuffers.of(out, false, false));
        } else if (t instanceof TInt32 i) {
            int[] ints = new int[out.length];
            i.copyTo(DataBuffers.of(ints, false, false));
            for (int k = 0; k < out.length; k++) {
                out[k] = ints[k];
            }
        } else if (t instanceof TInt64 l) {
            long[] longs = new long[out.length];
            l.copyTo(DataBuffers.of(longs, false, false));
            for (int k = 0; k < out.length; k++) {
                out[k] = longs[k];
            }
        } else {
            throw new IllegalArgumentException("cannot read a tensor of type " + t.dataType() + " as doubles");
        }
        return out;
    }

    /**
     * {@code values} reordered as {@link TensorLayout#toGraph} ({@code toGraph}) or {@link TensorLayout#toCanonical}
     * would reorder floats: the permutation is read off the float version applied to element indices (exact below
     * 2^24 elements).
     */
    static double[] reorder(double[] values, TensorLayout layout, long[] canonicalShape, boolean toGraph) {
        if (layout == TensorLayout.IDENTITY) {
            return values;
        }
        if (values.length >= 1 << 24) {
            throw new IllegalArgumentException("a tensor of " + values.length + " elements is too large to reorder");
        }
        float[] index = new float[values.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        float[] source = toGraph ? layout.toGraph(index, canonicalShape) : layout.toCanonical(index, canonicalShape);
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[(int) source[i]];
        }
        return out;
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
