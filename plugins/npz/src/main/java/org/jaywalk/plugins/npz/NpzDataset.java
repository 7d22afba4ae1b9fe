package org.jaywalk.plugins.npz;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jaywalk.framework.spi.data.Batch;
import org.jaywalk.framework.spi.data.ClipShape;
import org.jaywalk.framework.spi.data.Dataset;
import org.jaywalk.framework.spi.io.DType;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.JaywalkIoException;
import org.jaywalk.framework.spi.io.NpzArchive;

/**
 * Fixed batches replayed from the array {@code x} of an {@code .npz} file, shaped
 * {@code [K, B, T, N*3, P, P]} float32: batch {@code index} of every epoch is {@code x[index]}.
 * Immutable, hence thread-safe.
 */
public final class NpzDataset implements Dataset {

    /** The array holding the batches. */
    public static final String ARRAY = "x";

    private final Path file;
    private final ClipShape shape;
    private final int batches;
    private final float[] data; // [K, B, T, N*3, P, P]

    private NpzDataset(Path file, ClipShape shape, int batches, float[] data) {
        this.file = file;
        this.shape = shape;
        this.batches = batches;
        this.data = data;
    }

    /**
     * Reads {@code x} from {@code file}.
     *
     * @param problem turns a description of what is wrong with the file into the exception to throw
     */
    public static NpzDataset load(Path file, Function<String, ? extends RuntimeException> problem) {
        HostArray x = readArray(file, problem);
        int[] dims = Arrays.stream(x.shape()).mapToInt(Math::toIntExact).toArray();
        if (dims.length != 6) {
            throw problem.apply(file + ": `x` has shape " + Arrays.toString(dims)
                    + ", expected rank 6 [K, B, T, N*3, P, P]");
        }
        if (x.dtype() != DType.FLOAT32) {
            throw problem.apply(file + ": `x` holds " + x.describe() + ", expected float32");
        }
        return new NpzDataset(file, shapeOf(file, dims, problem), dims[0], x.floats());
    }

    /** Reads {@code x} from {@code file}, reporting problems as {@link IllegalArgumentException}s. */
    public static NpzDataset load(Path file) {
        return load(file, IllegalArgumentException::new);
    }

    private static HostArray readArray(Path file, Function<String, ? extends RuntimeException> problem) {
        try {
            List<String> names = NpzArchive.names(file);
            if (!names.contains(ARRAY)) {
                throw problem.apply(file + " has no array `" + ARRAY + "` (it holds " + names + ")");
            }
            return NpzArchive.read(file, ARRAY);
        } catch (JaywalkIoException e) {
            throw problem.apply("cannot read " + file + " as .npz: " + e.getMessage());
        }
    }

    private static ClipShape shapeOf(Path file, int[] dims, Function<String, ? extends RuntimeException> problem) {
        String where = file + ": `x` shaped " + Arrays.toString(dims) + " [K, B, T, N*3, P, P]";
        if (dims[3] % 3 != 0) {
            throw problem.apply(where + " has " + dims[3] + " channels, not a multiple of 3");
        }
        if (dims[0] < 1 || dims[1] < 1 || dims[2] < 2 || dims[3] < 3 || dims[4] < 1 || dims[5] < 1) {
            throw problem.apply(where + " needs K >= 1, B >= 1, T >= 2, N >= 1 and P >= 1");
        }
        return new ClipShape(dims[1], dims[2], dims[3] / 3, dims[4], dims[5]);
    }

    /** The file the batches came from. */
    public Path file() {
        return file;
    }

    @Override
    public ClipShape shape() {
        return shape;
    }

    @Override
    public int batchesPerEpoch() {
        return batches;
    }

    @Override
    public Batch batch(int epoch, int index) {
        if (index < 0 || index >= batches) {
            throw new IndexOutOfBoundsException("batch " + index + " of " + file + ", which holds " + batches);
        }
        int size = shape.batchElements();
        float[] slice = Arrays.copyOfRange(data, index * size, (index + 1) * size);
        return new Batch(shape, slice, Map.of("file", file.toString(), "epoch", epoch, "index", index));
    }
}
