package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.DType;
import org.jaywalk.framework.spi.io.HostArray;
import java.util.Arrays;
import java.util.List;

/**
 * Name, element type and shape of one tensor of a checkpoint.
 *
 * @param name the tensor's name
 * @param dtype its element type
 * @param shape its dimensions (unmodifiable)
 */
public record TensorInfo(String name, DType dtype, List<Long> shape) {

    public TensorInfo {
        shape = List.copyOf(shape);
    }

    /** The description of {@code array} under {@code name}. */
    public static TensorInfo of(String name, HostArray array) {
        return new TensorInfo(name, array.dtype(), Arrays.stream(array.shape()).boxed().toList());
    }

    /** Number of elements. */
    public long size() {
        return shape.stream().reduce(1L, Math::multiplyExact);
    }
}
