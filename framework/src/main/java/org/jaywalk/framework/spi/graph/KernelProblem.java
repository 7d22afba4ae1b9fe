package org.jaywalk.framework.spi.graph;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An op whose kernel is chosen per shape (see {@link GraphContext#kernel}): what it computes, the static shapes
 * of its float inputs, and whether the training step also needs its gradients.
 *
 * @param op what the op computes, every setting that changes its cost included, e.g. {@code conv3x3/s1}
 * @param inputs the static shape of every input, e.g. the padded input {@code [M, H, W, I]} and the filter
 *     {@code [k, k, I, O]}
 * @param gradients whether gradients flow through the op (training), so that forward and backward are timed
 */
public record KernelProblem(String op, List<long[]> inputs, boolean gradients) {

    public KernelProblem {
        inputs = inputs.stream().map(long[]::clone).toList();
        if (op.isBlank() || op.contains(" ")) {
            throw new IllegalArgumentException("a kernel problem's op must be a non-empty word, got '" + op + "'");
        }
    }

    /** The stable key of the problem, e.g. {@code conv3x3/s1 [72,18,18,64][3,3,64,64] fwd+bwd}. */
    public String key() {
        return op + " " + inputs.stream().map(s -> Arrays.stream(s).mapToObj(Long::toString)
                .collect(Collectors.joining(",", "[", "]"))).collect(Collectors.joining()) + (gradients ? " fwd+bwd" : " fwd");
    }
}
