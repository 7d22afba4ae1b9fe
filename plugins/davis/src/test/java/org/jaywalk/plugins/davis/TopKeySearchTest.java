package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jaywalk.framework.spi.graph.HostTensors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** The long-memory top-k searched by blocks is the plain top-k, ties and their order included. */
class TopKeySearchTest {

    /** The values and key cells a search found, {@code [rows, searched]} each. */
    private record Found(float[] values, int[] keys) {
    }

    @Test
    void blockLengthMinimizesTheScannedValues() {
        assertEquals(4, BlockSearch.bestLength(16, 2));        // 4 blocks + 2 * 4 values: the only divisor with 4 blocks
        assertEquals(20, BlockSearch.bestLength(60 * 107, 11)); // 321 + 220, against 214 + 330 for 30
        assertEquals(0, BlockSearch.bestLength(7 * 9, 6));      // 7 and 9 leave fewer than 12 blocks
        assertInstanceOf(BlockSearch.class, TopKeySearch.fastest(60 * 107, 11));
        assertInstanceOf(WholeRowSearch.class, TopKeySearch.fastest(7 * 9, 6));
    }

    @Test
    void blocksWithTiedMaximaAreTakenLowerFirstAndKeysMapBackToTheRow() {
        // blocks of 4: maxima 5, 2, 7, 5; the best three blocks are 2, 0 and 3
        float[] row = {0, 5, 1, 5, 2, 2, 2, 2, 7, 0, 0, 0, 5, 0, 0, 0};
        Found found = run(new BlockSearch(3, 4), row, 1, 16);
        assertArrayEquals(new float[] {7, 5, 5}, found.values());
        assertArrayEquals(new int[] {8, 1, 3}, found.keys());
        Found plain = run(new WholeRowSearch(3), row, 1, 16);
        assertArrayEquals(plain.values(), found.values());
        assertArrayEquals(plain.keys(), found.keys());
    }

    @ParameterizedTest(name = "{0} rows of {1} keys, {2} searched, {3} distinct values")
    @CsvSource({
        "40, 266, 6, 3",       // ties everywhere: every key equals many others
        "40, 266, 6, 150",     // a few copies of each value: ties at every rank, within and across blocks
        "30, 1320, 5, 0",      // random values
        "16, 6420, 11, 3000",  // a DAVIS-sized feature map
    })
    void blockSearchEqualsThePlainTopK(int rows, int cells, int searched, int distinct) {
        Random random = new Random(cells * 31L + distinct);
        float[] palette = new float[Math.max(distinct, 1)];
        for (int i = 0; i < palette.length; i++) {
            palette[i] = (float) random.nextGaussian();
        }
        float[] scores = new float[rows * cells];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = distinct == 0 ? (float) random.nextGaussian() : palette[random.nextInt(distinct)];
        }
        int length = BlockSearch.bestLength(cells, searched);
        assertTrue(length > 0, "rows of " + cells + " keys are searched by blocks");
        Found blocks = run(new BlockSearch(searched, length), scores, rows, cells);
        Found plain = run(new WholeRowSearch(searched), scores, rows, cells);
        assertArrayEquals(plain.values(), blocks.values());
        assertArrayEquals(plain.keys(), blocks.keys());
    }

    private static Found run(TopKeySearch search, float[] scores, int rows, int cells) {
        try (Graph graph = new Graph(); Session session = new Session(graph)) {
            Ops tf = Ops.create(graph);
            Placeholder<TFloat32> in = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(rows, cells)));
            TopKeySearch.Found found = search.search(tf, in, rows);
            try (TFloat32 input = HostTensors.floats(new long[] {rows, cells}, scores);
                 Result r = session.runner().feed(in, input).fetch(found.values()).fetch(found.keys()).run()) {
                return new Found(HostTensors.toArray((TFloat32) r.get(0)), HostTensors.toArray((TInt32) r.get(1)));
            }
        }
    }
}
