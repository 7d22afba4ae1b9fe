package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.FormatException;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.Strides;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A pickled tensor before its storage is read: a strided view ({@code offset}, {@code shape}, {@code strides},
 * in elements) of a {@link TorchStorage}. {@link TensorViews} turns it into a dense {@link HostArray}.
 */
record TensorView(TorchStorage storage, long offset, long[] shape, long[] strides) {

    /**
     * The view's elements in C order.
     *
     * @param bytes the storage's bytes
     * @throws FormatException if the view reaches outside the storage or repeats elements to more values than the
     *                         storage holds (an expanded tensor), which would allocate beyond the file's size
     */
    HostArray gather(ByteBuffer bytes) {
        long count = HostArray.elementCount(shape);
        if (count > storage.elements()) {
            throw new FormatException("a tensor of shape " + Arrays.toString(shape) + " has more elements than its"
                    + " storage " + storage.key() + " (" + storage.elements() + ")");
        }
        ByteBuffer dense = Strides.gather(bytes, storage.dtype().itemSize(), offset, shape, strides);
        return new HostArray(storage.dtype(), shape, storage.dtype().decode(dense, (int) count));
    }
}
