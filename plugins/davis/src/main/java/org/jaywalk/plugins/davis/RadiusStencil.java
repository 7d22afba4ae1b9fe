package org.jaywalk.plugins.davis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cell offsets {@code (dy, dx)} a query may reach in a short-term context frame: those whose distance is
 * strictly below the radius, evaluated as videowalk does ({@code utils.MaskedAttention}: float32
 * {@code sqrt(dy^2 + dx^2) < radius}). Offsets are in row-major order, which is the order of the reference's
 * flattened keys for a fixed query.
 */
public final class RadiusStencil {

    private final int reach;
    private final int[] dy;
    private final int[] dx;
    /** {@code halfWidth[reach + dy]}: the largest |dx| of the offsets in row {@code dy}, or -1. */
    private final int[] halfWidth;

    public RadiusStencil(double radius) {
        float r = (float) radius;
        this.reach = (int) Math.ceil(radius) - 1;
        List<int[]> offsets = new ArrayList<>();
        for (int y = -reach; y <= reach; y++) {
            for (int x = -reach; x <= reach; x++) {
                if (within(y, x, r)) {
                    offsets.add(new int[] {y, x});
                }
            }
        }
        this.dy = offsets.stream().mapToInt(o -> o[0]).toArray();
        this.dx = offsets.stream().mapToInt(o -> o[1]).toArray();
        this.halfWidth = new int[2 * reach + 1];
        Arrays.fill(halfWidth, -1);
        for (int[] o : offsets) {
            halfWidth[reach + o[0]] = Math.max(halfWidth[reach + o[0]], Math.abs(o[1]));
        }
    }

    /** Whether the offset is inside a radius of {@code r}, as the reference decides it. */
    static boolean within(int dy, int dx, float r) {
        return (float) Math.sqrt(dy * dy + dx * dx) < r;
    }

    /** The largest |dy| or |dx| of any offset. */
    public int reach() {
        return reach;
    }

    /** Number of offsets. */
    public int size() {
        return dy.length;
    }

    public int dy(int i) {
        return dy[i];
    }

    public int dx(int i) {
        return dx[i];
    }

    /** The largest |dx| of the offsets in row {@code dy} ({@code |dy| <= reach}), or -1 if the row has none. */
    public int halfWidth(int dy) {
        return halfWidth[reach + dy];
    }

    /**
     * The cell {@code ky * width + kx} of the key at offset {@code i} from query {@code (y, x)} of a
     * {@code height x width} frame, or -1 if that key falls outside the frame.
     */
    int keyCell(int y, int x, int i, int height, int width) {
        int ky = y + dy[i];
        int kx = x + dx[i];
        return ky < 0 || ky >= height || kx < 0 || kx >= width ? -1 : ky * width + kx;
    }
}
