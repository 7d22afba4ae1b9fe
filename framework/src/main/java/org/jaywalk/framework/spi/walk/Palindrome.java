package org.jaywalk.framework.spi.walk;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * Palindrome paths, videowalk's cycles: walk forward through frames 0, 1, ..., k and back the same way, k, ...,
 * 1, 0. A walker that tracks its node returns to where it started, so the path's walk is trained towards the
 * {@linkplain WalkTargets#identity identity}.
 */
public final class Palindrome {

    private Palindrome() {
    }

    /**
     * The steps of the palindrome through the first {@code length} steps: {@code forward[0], ...,
     * forward[length-1], backward[length-1], ..., backward[0]} ({@code A12s[:i+1] + A21s[:i+1][::-1]} in the
     * reference, with {@code length = i + 1}).
     *
     * @param forward the one-step matrices {@code [B, N, N]} from frame i to frame i+1
     * @param backward the one-step matrices {@code [B, N, N]} from frame i+1 back to frame i
     * @param length steps forward (and back), 1 to {@code forward.size()}
     * @return {@code 2 * length} matrices {@code [B, N, N]}, to chain with {@link MatrixChain}
     */
    public static List<Operand<TFloat32>> path(List<Operand<TFloat32>> forward, List<Operand<TFloat32>> backward,
                                               int length) {
        List<Operand<TFloat32>> path = new ArrayList<>(forward.subList(0, length));
        for (int k = length - 1; k >= 0; k--) {
            path.add(backward.get(k));
        }
        return path;
    }
}
