package org.jaywalk.plugins.davis;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.graph.HostTensors;
import org.jaywalk.framework.graph.SessionSettings;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.op.nn.TopK;
import org.tensorflow.op.train.BatchMatMul;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The affinities label propagation needs between a query frame and one key frame, without ever forming the
 * dense {@code (h*w) x (h*w)} matrix:
 * <ul>
 *   <li>{@link #longMemory}: the top-k keys of the whole key frame for every query (the long-memory frame is
 *       not radius-limited), computed in chunks of query rows so memory stays bounded;</li>
 *   <li>{@link #local}: the affinity of every query with the keys of its {@link RadiusStencil} (the short-term
 *       frames), computed per 8x8 tile of queries against the tile's window of keys; the stencil entries are
 *       read straight from the per-tile products ({@link LocalScores}).</li>
 * </ul>
 * Affinities are raw dot products of the (L2-normalized) features, in float32.
 */
public final class AffinityGraph implements AutoCloseable {

    private static final int TILE = 8;
    private static final int CHUNK_ROWS = 1024;

    private final int height;
    private final int width;
    private final int channels;
    private final int topK;
    private final RadiusStencil stencil;
    private final Graph graph;
    private final Session session;
    private final Placeholder<TFloat32> query;
    private final Placeholder<TFloat32> key;
    private final Operand<TFloat32> topValues;
    private final Operand<TInt32> topIndices;
    private final Operand<TFloat32> tileProducts;
    private final int[] queryBase;
    private final int[] offsetDelta;

    /** Top-k affinities of each query, {@code [h*w, k]} query-major, best first; ties keep the lower key index first. */
    public record TopKeys(int k, float[] values, int[] cells) {
    }

    /**
     * The affinity of each query with each of its stencil keys, read from the per-tile products
     * {@code [nTiles, 64, S*S]}: entry {@code (q, o)} is at {@code queryBase[q] + offsetDelta[o]}. Entries whose
     * key falls outside the frame hold 0 and must be ignored by the caller.
     */
    public static final class LocalScores {

        private final float[] products;
        private final int[] queryBase;
        private final int[] offsetDelta;

        private LocalScores(float[] products, int[] queryBase, int[] offsetDelta) {
            this.products = products;
            this.queryBase = queryBase;
            this.offsetDelta = offsetDelta;
        }

        /** The affinity of query cell {@code q} with its stencil key {@code o}. */
        public float score(int q, int o) {
            return products[queryBase[q] + offsetDelta[o]];
        }
    }

    /**
     * @param topK keys kept per query in {@link #longMemory}; at most {@code height * width}
     */
    public AffinityGraph(int height, int width, int channels, int topK, RadiusStencil stencil, SessionSettings settings) {
        if (topK > height * width) {
            throw new IllegalArgumentException("topk " + topK + " exceeds the " + height * width + " cells of a "
                    + height + "x" + width + " feature map");
        }
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.topK = topK;
        this.stencil = stencil;
        this.graph = new Graph();
        Ops tf = Ops.create(graph);
        Shape frame = Shape.of(height, width, channels);
        this.query = tf.withName("query").placeholder(TFloat32.class, Placeholder.shape(frame));
        this.key = tf.withName("key").placeholder(TFloat32.class, Placeholder.shape(frame));
        Operand<TFloat32> q = tf.reshape(query, tf.constant(new int[] {height * width, channels}));
        Operand<TFloat32> k = tf.reshape(key, tf.constant(new int[] {height * width, channels}));
        List<Operand<TFloat32>> values = new ArrayList<>();
        List<Operand<TInt32>> indices = new ArrayList<>();
        buildLongMemory(tf, q, k, values, indices);
        this.topValues = values.size() == 1 ? values.get(0) : tf.concat(values, tf.constant(0));
        this.topIndices = indices.size() == 1 ? indices.get(0) : tf.concat(indices, tf.constant(0));
        this.tileProducts = buildLocal(tf);
        int side = TILE + 2 * stencil.reach();
        int tilesX = ceilDiv(width, TILE);
        this.queryBase = new int[height * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int a = y % TILE;
                int b = x % TILE;
                int row = ((y / TILE) * tilesX + x / TILE) * TILE * TILE + a * TILE + b;
                queryBase[y * width + x] = row * side * side + (a + stencil.reach()) * side + b + stencil.reach();
            }
        }
        this.offsetDelta = new int[stencil.size()];
        for (int o = 0; o < stencil.size(); o++) {
            offsetDelta[o] = stencil.dy(o) * side + stencil.dx(o);
        }
        this.session = new Session(graph, settings.toProto());
    }

    /**
     * Chunks of query rows, each {@code [rows, C] x [h*w, C]^T -> [rows, h*w] -> top-k}; every chunk waits for
     * the previous one so that only one {@code [rows, h*w]} block is alive.
     */
    private void buildLongMemory(Ops tf, Operand<TFloat32> q, Operand<TFloat32> k, List<Operand<TFloat32>> values,
                                 List<Operand<TInt32>> indices) {
        int cells = height * width;
        Ops chunkOps = tf;
        for (int start = 0; start < cells; start += CHUNK_ROWS) {
            int rows = Math.min(CHUNK_ROWS, cells - start);
            Operand<TFloat32> rowsOfQ = chunkOps.slice(q, chunkOps.constant(new int[] {start, 0}),
                    chunkOps.constant(new int[] {rows, channels}));
            Operand<TFloat32> scores = chunkOps.linalg.matMul(rowsOfQ, k, MatMul.transposeB(true)); // [rows, h*w]
            TopK<TFloat32, TInt32> top = chunkOps.nn.topK(scores, chunkOps.constant(topK), new TopK.Options[0]);
            values.add(top.values());
            indices.add(top.indices());
            chunkOps = tf.withControlDependencies(List.<Op>of(top));
        }
    }

    /**
     * Per-tile products {@code [nTiles, 64, S*S]}: queries padded to whole 8x8 tiles {@code [nTiles, 64, C]},
     * each tile's key window {@code [nTiles, S*S, C]} ({@code S = 8 + 2 * reach}) gathered from the zero-padded
     * key frame, one batched product.
     */
    private Operand<TFloat32> buildLocal(Ops tf) {
        int reach = stencil.reach();
        int tilesY = ceilDiv(height, TILE);
        int tilesX = ceilDiv(width, TILE);
        int tiles = tilesY * tilesX;
        int paddedH = tilesY * TILE;
        int paddedW = tilesX * TILE;
        int side = TILE + 2 * reach;
        int keyW = paddedW + 2 * reach;

        Operand<TFloat32> q = tf.pad(query, tf.constant(new int[][] {{0, paddedH - height}, {0, paddedW - width}, {0, 0}}),
                tf.constant(0f));
        q = tf.reshape(q, tf.constant(new int[] {tilesY, TILE, tilesX, TILE, channels}));
        q = tf.linalg.transpose(q, tf.constant(new int[] {0, 2, 1, 3, 4}));
        q = tf.reshape(q, tf.constant(new int[] {tiles, TILE * TILE, channels}));

        Operand<TFloat32> k = tf.pad(key, tf.constant(new int[][] {{reach, paddedH - height + reach},
                {reach, paddedW - width + reach}, {0, 0}}), tf.constant(0f));
        k = tf.reshape(k, tf.constant(new int[] {-1, channels}));
        int[] window = new int[tiles * side * side];
        for (int ty = 0; ty < tilesY; ty++) {
            for (int tx = 0; tx < tilesX; tx++) {
                int base = (ty * tilesX + tx) * side * side;
                for (int s = 0; s < side * side; s++) {
                    window[base + s] = (ty * TILE + s / side) * keyW + tx * TILE + s % side;
                }
            }
        }
        Operand<TFloat32> windows = tf.gather(k, constant(tf, window, tiles, side * side), tf.constant(0));
        return tf.train.batchMatMul(q, windows, TFloat32.class, BatchMatMul.adjY(true));
    }

    /** The top-k keys of all of {@code keyFrame} for every query of {@code queryFrame}. */
    public TopKeys longMemory(FeatureMap queryFrame, FeatureMap keyFrame) {
        try (TFloat32 qt = tensor(queryFrame); TFloat32 kt = tensor(keyFrame);
             Result r = session.runner().feed(query, qt).feed(key, kt).fetch(topValues).fetch(topIndices).run()) {
            return new TopKeys(topK, HostTensors.toArray((TFloat32) r.get(0)), HostTensors.toArray((TInt32) r.get(1)));
        }
    }

    /** The affinity of each query of {@code queryFrame} with each of its stencil keys in {@code keyFrame}. */
    public LocalScores local(FeatureMap queryFrame, FeatureMap keyFrame) {
        try (TFloat32 qt = tensor(queryFrame); TFloat32 kt = tensor(keyFrame);
             Result r = session.runner().feed(query, qt).feed(key, kt).fetch(tileProducts).run()) {
            return new LocalScores(HostTensors.toArray((TFloat32) r.get(0)), queryBase, offsetDelta);
        }
    }

    public RadiusStencil stencil() {
        return stencil;
    }

    private TFloat32 tensor(FeatureMap f) {
        if (f.height() != height || f.width() != width || f.channels() != channels) {
            throw new IllegalArgumentException("feature map " + f.shapeText() + " does not match the graph's ["
                    + height + ", " + width + ", " + channels + "]");
        }
        return HostTensors.floats(new long[] {height, width, channels}, f.data());
    }

    private static Operand<TInt32> constant(Ops tf, int[] values, int rows, int columns) {
        return tf.constant(Shape.of(rows, columns), DataBuffers.of(values, true, false));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
