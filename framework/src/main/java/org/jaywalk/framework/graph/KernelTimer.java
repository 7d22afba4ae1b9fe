package org.jaywalk.framework.graph;

import java.util.Map;
import org.jaywalk.framework.spi.graph.KernelCandidate;
import org.jaywalk.framework.spi.graph.KernelProblem;

/** Measures candidate kernels of one problem ({@link KernelBenchmark} for real; tests inject their own). */
@FunctionalInterface
public interface KernelTimer {

    /** Seconds per run (forward, plus backward when the problem needs gradients) of every candidate, by name. */
    Map<String, Double> seconds(KernelProblem problem, Map<String, KernelCandidate> candidates);
}
