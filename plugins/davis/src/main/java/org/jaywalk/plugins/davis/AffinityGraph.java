package org.jaywalk.plugins.davis;

import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.graph.HostTensors;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gather;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.op.train.BatchMatMul;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.OptimizerOptions;
import org.tensorflow.proto.RewriterConfig;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TNumber;

/**
 * The affinities label propagation needs between a query frame and its context frames, without ever forming
 * more than a bounded block of the dense {@code (h*w) x (h*w)} matrix:
 * <ul>
 *   <li>{@link #memory}: against the long-memory frame (frame 0), the top-k keys of the whole frame for every
 *       query (the long-memory frame is not radius-limited), and optionally the affinity of every query with
 *       its {@link RadiusStencil} keys, both read from the same chunks of dense products (frame 0 also fills
 *       the padded short-term slots, so its stencil keys come for free);</li>
 *   <li>{@link #offerLocal}: against a short-term frame, the affinity of every query with the keys of its
 *       stencil, computed per {@value TileGeometry#TILE}x{@value TileGeometry#TILE} tile of keys against the
 *       tile's window of the queries that can reach it ({@link TileGeometry}). The query windows are gathered once per query frame and the key tiles once
 *       per key frame, so a pair of frames costs one batched product.</li>
 * </ul>
 * Frames enter TensorFlow once ({@link #upload}) and are reused for every pair they take part in. Affinities
 * are raw dot products of the (L2-normalized) features, in the run's {@link PropagationPrecision} (float32, or
 * float64 for the float64 proof: the same graph with float64 placeholders).
 */
public final class AffinityGraph implements AutoCloseable {

    private static final int CHUNK_ROWS = 1024;

    private final int height;
    private final int width;
    private final int channels;
    private final int topK;
    /** Finds the long-memory keys of each query: one more than kept, to see ties at the k-th. */
    private final TopKeySearch search;
    private final RadiusStencil stencil;
    private final int cells;
    private final TileGeometry tiles;
    private final Graph graph;
    private final Session session;
    private final PropagationPrecision precision;

    private final Placeholder<TNumber> frameIn;
    private final Operand<TNumber> keyTilesOut;
    private final Operand<TNumber> queryWindowsOut;

    private final Placeholder<TNumber> memoryQuery;
    private final Placeholder<TNumber> memoryKeys;
    private final MemoryOutputs memoryTop;
    private final MemoryOutputs memoryTopAndStencil;

    private final Placeholder<TNumber> queryWindows;
    private final Placeholder<TNumber> keyTiles;
    private final Operand<TNumber> tileProducts;

    /** The outputs of one variant of the long-memory graph. */
    private record MemoryOutputs(Operand<TNumber> values, Operand<TInt32> keys, Operand<TNumber> stencilScores) {
    }

    /**
     * @param topK keys kept per query in {@link #memory}; at most {@code height * width}
     * @param precision the type of the features and products
     */
    public AffinityGraph(int height, int width, int channels, int topK, RadiusStencil stencil, SessionSettings settings,
                         PropagationPrecision precision) {
        if (topK > height * width) {
            throw new IllegalArgumentException("topk " + topK + " exceeds the " + height * width + " cells of a "
                    + height + "x" + width + " feature map");
        }
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.topK = topK;
        this.search = TopKeySearch.fastest(height * width, Math.min(topK + 1, height * width));
        this.stencil = stencil;
        this.cells = height * width;
        this.precision = precision;
        this.tiles = new TileGeometry(height, width, stencil.reach(), TileGeometry.TILE);
        this.graph = new Graph();
        try {
            Ops tf = Ops.create(graph);
            Shape frame = Shape.of(height, width, channels);
            this.frameIn = tf.withName("frame").placeholder(precision.type(), Placeholder.shape(frame));
            this.keyTilesOut = buildKeyTiles(tf);
            this.queryWindowsOut = buildQueryWindows(tf);

            this.memoryQuery = tf.withName("memory_query").placeholder(precision.type(), Placeholder.shape(frame));
            this.memoryKeys = tf.withName("memory_keys").placeholder(precision.type(), Placeholder.shape(frame));
            this.memoryTop = buildMemory(tf, false);
            this.memoryTopAndStencil = buildMemory(tf, true);

            this.queryWindows = tf.withName("query_windows").placeholder(precision.type(),
                    Placeholder.shape(Shape.of(tiles.tiles(), tiles.window(), channels)));
            this.keyTiles = tf.withName("key_tiles").placeholder(precision.type(),
                    Placeholder.shape(Shape.of(tiles.tiles(), tiles.keysPerTile(), channels)));
            // [tiles, window, C] x [tiles, TILE^2, C]^T -> [tiles, window, TILE^2]: the large operand first is
            // about twice as fast as the other way round
            this.tileProducts = tf.train.batchMatMul(queryWindows, keyTiles, precision.type(), BatchMatMul.adjY(true));
            // these graphs gain nothing from graph rewriting, which costs about half a second at the first run
            this.session = new Session(graph, settings.toProto().toBuilder()
                    .setGraphOptions(GraphOptions.newBuilder()
                            .setOptimizerOptions(OptimizerOptions.newBuilder().setOptLevel(OptimizerOptions.Level.L0)
                                    .setDoConstantFolding(false).setDoCommonSubexpressionElimination(false))
                            .setRewriteOptions(RewriterConfig.newBuilder().setDisableMetaOptimizer(true)))
                    .build());
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    /** {@code [h, w, C] -> [tiles, TILE^2, C]}: the frame's keys by tile, tiles and keys row-major. */
    private Operand<TNumber> buildKeyTiles(Ops tf) {
        int tile = tiles.tile();
        // [paddedH, paddedW, C]: zeros below and to the right, up to whole tiles
        Operand<TNumber> k = tf.pad(frameIn, tf.constant(new int[][] {{0, tiles.paddedHeight() - height},
                {0, tiles.paddedWidth() - width}, {0, 0}}), precision.zero(tf));
        // [tilesY, TILE, tilesX, TILE, C] -> [tilesY, tilesX, TILE, TILE, C]
        k = tf.reshape(k, tf.constant(new int[] {tiles.tilesY(), tile, tiles.tilesX(), tile, channels}));
        k = tf.linalg.transpose(k, tf.constant(new int[] {0, 2, 1, 3, 4}));
        return tf.reshape(k, tf.constant(new int[] {tiles.tiles(), tiles.keysPerTile(), channels}));
    }

    /** {@code [h, w, C] -> [tiles, window, C]}: for each tile of keys, the queries that can reach it. */
    private Operand<TNumber> buildQueryWindows(Ops tf) {
        int reach = tiles.reach();
        // [paddedH + 2 reach, paddedW + 2 reach, C] -> [cells of the padded frame, C]
        Operand<TNumber> q = tf.pad(frameIn, tf.constant(new int[][] {{reach, tiles.paddedHeight() - height + reach},
                {reach, tiles.paddedWidth() - width + reach}, {0, 0}}), precision.zero(tf));
        q = tf.reshape(q, tf.constant(new int[] {-1, channels}));
        return tf.gather(q, constant(tf, tiles.queryWindowCells(), tiles.tiles(), tiles.window()), tf.constant(0));
    }

    /**
     * Chunks of query rows, each {@code [rows, C] x [h*w, C]^T -> [rows, h*w]}, reduced to the top k+1 per query
     * and, with {@code withStencil}, the stencil affinities {@code [rows, S]}; every chunk waits for the
     * previous one so that only one {@code [rows, h*w]} block is alive. The outputs are {@code [h*w, k+1]}
     * (values and key cells) and {@code [h*w, S]}.
     */
    private MemoryOutputs buildMemory(Ops tf, boolean withStencil) {
        Operand<TNumber> q = tf.reshape(memoryQuery, tf.constant(new int[] {cells, channels})); // [h*w, C]
        Operand<TNumber> k = tf.reshape(memoryKeys, tf.constant(new int[] {cells, channels})); // [h*w, C]
        List<Operand<TNumber>> values = new ArrayList<>();
        List<Operand<TInt32>> keys = new ArrayList<>();
        List<Operand<TNumber>> stencils = new ArrayList<>();
        Ops chunkOps = tf;
        for (int start = 0; start < cells; start += CHUNK_ROWS) {
            int rows = Math.min(CHUNK_ROWS, cells - start);
            Operand<TNumber> rowsOfQ = chunkOps.slice(q, chunkOps.constant(new int[] {start, 0}),
                    chunkOps.constant(new int[] {rows, channels})); // [rows, C]
            Operand<TNumber> scores = chunkOps.linalg.matMul(rowsOfQ, k, MatMul.transposeB(true)); // [rows, h*w]
            TopKeySearch.Found<TNumber> top = search.search(chunkOps, scores, rows); // [rows, k+1]
            values.add(top.values());
            keys.add(top.keys());
            List<Op> done = new ArrayList<>();
            done.add(top.done());
            if (withStencil) {
                // [rows * h*w] -> [rows, S]
                Gather<TNumber> s = chunkOps.gather(chunkOps.reshape(scores, chunkOps.constant(new int[] {-1})),
                        constant(chunkOps, stencilIndex(start, rows), rows, stencil.size()), chunkOps.constant(0));
                stencils.add(s);
                done.add(s);
            }
            chunkOps = tf.withControlDependencies(done);
        }
        return new MemoryOutputs(concat(tf, values), concat(tf, keys), withStencil ? concat(tf, stencils) : null);
    }

    /** For each query of a chunk and each stencil offset, the flat index of its key in the chunk's products. */
    private int[] stencilIndex(int start, int rows) {
        int[] index = new int[rows * stencil.size()];
        for (int r = 0; r < rows; r++) {
            int y = (start + r) / width;
            int x = (start + r) % width;
            for (int o = 0; o < stencil.size(); o++) {
                // a key outside the frame reads any product: it is never offered
                index[r * stencil.size() + o] = r * cells + Math.max(0, stencil.keyCell(y, x, o, height, width));
            }
        }
        return index;
    }

    /**
     * Puts one frame's features into TensorFlow: always as they are; as query windows if it will be the query
     * of {@link #offerLocal}; as key tiles if it will be a key frame of {@link #offerLocal}.
     */
    public FrameTensors upload(FeatureMap f, boolean asLocalQuery, boolean asLocalKeys) {
        if (f.height() != height || f.width() != width || f.channels() != channels) {
            throw new IllegalArgumentException("feature map " + f.shapeText() + " does not match the graph's ["
                    + height + ", " + width + ", " + channels + "]");
        }
        FrameTensors frame = new FrameTensors(precision.tensor(new long[] {height, width, channels}, f.data()));
        try {
            if (asLocalQuery) {
                frame.setQueryWindows(session.runner().feed(frameIn, frame.features()).fetch(queryWindowsOut).run());
            }
            if (asLocalKeys) {
                frame.setKeyTiles(session.runner().feed(frameIn, frame.features()).fetch(keyTilesOut).run());
            }
            return frame;
        } catch (RuntimeException e) {
            frame.close();
            throw e;
        }
    }

    /**
     * The top-k keys of all of {@code memoryFrame} for every query of {@code queryFrame} (searched as the top
     * k+1, to tell whether a key beyond the k-th ties with it), and, with {@code withStencil}, the affinity of
     * each query with its stencil keys in {@code memoryFrame}.
     */
    public MemoryScores memory(FrameTensors queryFrame, FrameTensors memoryFrame, boolean withStencil) {
        MemoryOutputs out = withStencil ? memoryTopAndStencil : memoryTop;
        Session.Runner runner = session.runner()
                .feed(memoryQuery, queryFrame.features())
                .feed(memoryKeys, memoryFrame.features())
                .fetch(out.values()).fetch(out.keys());
        if (withStencil) {
            runner.fetch(out.stencilScores());
        }
        try (Result r = runner.run()) {
            RealArray found = RealArray.view(r.get(0));
            int[] foundKeys = HostTensors.toArray((TInt32) r.get(1));
            int searched = search.searched();
            double[] values = new double[cells * topK];
            int[] keys = new int[cells * topK];
            boolean[] tied = new boolean[cells];
            for (int q = 0; q < cells; q++) {
                for (int i = 0; i < topK; i++) {
                    values[q * topK + i] = found.get(q * searched + i);
                    keys[q * topK + i] = foundKeys[q * searched + i];
                }
                tied[q] = searched > topK && found.get(q * searched + topK) == found.get(q * searched + topK - 1);
            }
            LocalScores stencilScores = withStencil ? new QueryMajorScores(
                    RealArray.copyOf(r.get(2)), height, width, stencil) : null;
            return new MemoryScores(new TopKeys(topK, values, keys), tied, stencilScores);
        }
    }

    /**
     * Offers {@code table} the stencil keys of every query of {@code queryFrame} in {@code keyFrame}, each once per
     * context slot of {@code slots}, in stencil order per query.
     */
    void offerLocal(FrameTensors queryFrame, FrameTensors keyFrame, CandidateTable table, int... slots) {
        try (Result r = session.runner().feed(queryWindows, queryFrame.queryWindows())
                .feed(keyTiles, keyFrame.keyTiles()).fetch(tileProducts).run()) {
            new TileScores(RealArray.view(r.get(0)), tiles, stencil).offerTo(table, slots);
        }
    }

    public RadiusStencil stencil() {
        return stencil;
    }

    @SuppressWarnings("unchecked")
    private static <T extends org.tensorflow.types.family.TType> Operand<T> concat(Ops tf, List<Operand<T>> parts) {
        return parts.size() == 1 ? parts.get(0) : tf.concat(parts, tf.constant(0));
    }

    private static Operand<TInt32> constant(Ops tf, int[] values, int rows, int columns) {
        return tf.constant(Shape.of(rows, columns), DataBuffers.of(values, true, false));
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
