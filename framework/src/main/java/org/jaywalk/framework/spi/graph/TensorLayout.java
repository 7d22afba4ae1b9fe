package org.jaywalk.framework.spi.graph;


/**
 * How a parameter's canonical (PyTorch) layout maps to the layout the graph uses. Values enter and leave
 * the {@link ParameterStore} in the canonical layout, so checkpoints, imports and reference vectors all
 * speak PyTorch's layout, while the graph runs NHWC.
 */
public enum TensorLayout {
    /** Same layout in both. */
    IDENTITY,
    /** Convolution weight: canonical {@code [O, I, kH, kW]}, graph {@code [kH, kW, I, O]}. */
    CONV_OIHW_TO_HWIO,
    /** Linear weight: canonical {@code [out, in]}, graph {@code [in, out]}. */
    LINEAR_OI_TO_IO;

    /** The graph-side shape of a canonical shape. */
    public long[] graphShape(long[] canonical) {
        return switch (this) {
            case IDENTITY -> canonical.clone();
            case CONV_OIHW_TO_HWIO -> new long[] {canonical[2], canonical[3], canonical[1], canonical[0]};
            case LINEAR_OI_TO_IO -> new long[] {canonical[1], canonical[0]};
        };
    }

    /** Reorders canonical values (C order of the canonical shape) into graph order. */
    public float[] toGraph(float[] values, long[] canonical) {
        return switch (this) {
            case IDENTITY -> values;
            case CONV_OIHW_TO_HWIO -> permute(values, canonical, true);
            case LINEAR_OI_TO_IO -> transpose2d(values, (int) canonical[0], (int) canonical[1]);
        };
    }

    /** Reorders graph values back into canonical order. */
    public float[] toCanonical(float[] values, long[] canonical) {
        return switch (this) {
            case IDENTITY -> values;
            case CONV_OIHW_TO_HWIO -> permute(values, canonical, false);
            case LINEAR_OI_TO_IO -> transpose2d(values, (int) canonical[1], (int) canonical[0]);
        };
    }

    private static float[] transpose2d(float[] v, int rows, int cols) {
        float[] out = new float[v.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = v[r * cols + c];
            }
        }
        return out;
    }

    private static float[] permute(float[] v, long[] oihw, boolean toHwio) {
        int o = (int) oihw[0], in = (int) oihw[1], kh = (int) oihw[2], kw = (int) oihw[3];
        float[] out = new float[v.length];
        for (int a = 0; a < o; a++) {
            for (int b = 0; b < in; b++) {
                for (int y = 0; y < kh; y++) {
                    for (int x = 0; x < kw; x++) {
                        int canonicalIndex = ((a * in + b) * kh + y) * kw + x;
                        int graphIndex = ((y * kw + x) * in + b) * o + a;
                        if (toHwio) {
                            out[graphIndex] = v[canonicalIndex];
                        } else {
                            out[canonicalIndex] = v[graphIndex];
                        }
                    }
                }
            }
        }
        return out;
    }
}
