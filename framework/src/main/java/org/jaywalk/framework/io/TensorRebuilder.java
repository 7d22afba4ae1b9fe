package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.FormatException;

/**
 * PyTorch's tensor reconstruction functions ({@code torch._utils}), producing {@link TensorView}s that are
 * read once the whole pickle (and, in the legacy format, the storages after it) has been seen.
 */
final class TensorRebuilder {

    private TensorRebuilder() {
    }

    /**
     * {@code _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[,
     * metadata])}: the view of the storage; gradient flags and hooks are ignored.
     */
    static TensorView rebuildTensor(Object[] args) {
        if (args.length < 4 || !(args[0] instanceof TorchStorage storage)) {
            throw new FormatException("_rebuild_tensor_v2 expects (storage, offset, size, stride, ...)");
        }
        return new TensorView(storage, number(args[1], "storage_offset"), longs(args[2], "size"),
                longs(args[3], "stride"));
    }

    /** {@code _rebuild_parameter(data, requires_grad, backward_hooks)}: the data tensor. */
    static TensorView rebuildParameter(Object[] args) {
        if (args.length < 1 || !(args[0] instanceof TensorView data)) {
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
