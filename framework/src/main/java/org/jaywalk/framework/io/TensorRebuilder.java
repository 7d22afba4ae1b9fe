package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.DType;
import org.jaywalk.framework.spi.io.FormatException;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.Strides;
import java.nio.ByteBuffer;

/** PyTorch's tensor reconstruction functions ({@code torch._utils}), producing dense {@link HostArray}s. */
final class TensorRebuilder {

    private TensorRebuilder() {
    }

    /**
     * {@code _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[,
     * metadata])}: the view of the storage, copied to C order; gradient flags and hooks are ignored.
     */
    static HostArray rebuildTensor(Object[] args) {
        if (args.length < 4 || !(args[0] instanceof TorchStorage storage)) {
            throw new FormatException("_rebuild_tensor_v2 expects (storage, offset, size, stride, ...)");
        }
        long[] shape = longs(args[2], "size");
        DType dtype = storage.dtype();
        ByteBuffer dense = Strides.gather(storage.bytes(), dtype.itemSize(), number(args[1], "storage_offset"),
                shape, longs(args[3], "stride"));
        return new HostArray(dtype, shape, dtype.decode(dense, (int) HostArray.elementCount(shape)));
    }

    /** {@code _rebuild_parameter(data, requires_grad, backward_hooks)}: the data tensor. */
    static HostArray rebuildParameter(Object[] args) {
        if (args.length < 1 || !(args[0] instanceof HostArray data)) {
            throw new FormatException("_rebuild_parameter expects a tensor as its first argument");
        }
        return data;
    }

    private static long number(Object value, String what) {
        if (!(value instanceof Number n)) {
            throw new FormatException(what + " is not an integer: " + value);
        }
        return n.longValue();
    }

    private static long[] longs(Object tuple, String what) {
        if (!(tuple instanceof Object[] items)) {
            throw new FormatException(what + " is not a tuple");
        }
        long[] out = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = number(items[i], what);
        }
        return out;
    }
}
