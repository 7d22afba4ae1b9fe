package org.jaywalk.framework.train;

import com.google.inject.Inject;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.graph.StepRequest;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.spi.ProcessCpuTime;
import org.jaywalk.framework.spi.data.Batch;

/**
 * Measures training speed: builds exactly the graph {@code train} would, runs warm-up steps, then times
 * steps on the dataset's real batches (loaded by the same prefetcher). Nothing is written to disk.
 */
public final class TrainBenchmark {

    /**
     * @param warmup untimed steps
     * @param steps timed steps
     * @param batchSize clips per step
     * @param threads TensorFlow intra-op threads (the configured value, or the core count for 0)
     * @param secondsPerStep wall time per timed step, waiting for data included
     * @param computeSecondsPerStep time per step inside the TensorFlow session alone
     * @param cpuSecondsPerStep CPU time of the whole process (all threads) per timed step
     */
    public record Result(int warmup, int steps, int batchSize, int threads, double secondsPerStep,
                         double computeSecondsPerStep, double cpuSecondsPerStep) {

        public double stepsPerSecond() {
            return 1 / secondsPerStep;
        }

        public double clipsPerSecond() {
            return batchSize / secondsPerStep;
        }
    }

    private final ResolvedExperiment experiment;
    private final ExperimentComponents components;

    /** Built by the composition root ({@code assembly.CompositionRoot#benchmark}). */
    @Inject
    TrainBenchmark(ResolvedExperiment experiment, ExperimentComponents components) {
        this.experiment = experiment;
        this.components = components;
    }

    /** Runs {@code warmup} untimed and {@code steps} timed steps. */
    public Result run(int warmup, int steps) {
        if (warmup < 0 || steps < 1) {
            throw new IllegalArgumentException("need warmup >= 0 and steps >= 1, got " + warmup + " and " + steps);
        }
        long seed = experiment.experiment().seed();
        try (TrainingComponents components = this.components.training();
             TrainingGraph graph = components.buildGraph(experiment.train());
             BatchPrefetcher batches = new BatchPrefetcher(components.dataset(), LoopPosition.start(), warmup + steps,
                     experiment.train().prefetch())) {
            graph.parameters().initialize(graph.session(), seed);
            for (int step = 0; step < warmup; step++) {
                runStep(components, graph, batches.next(), seed, step);
            }
            long computeNanos = 0;
            long cpuStart = ProcessCpuTime.nanos();
            long start = System.nanoTime();
            for (int step = warmup; step < warmup + steps; step++) {
                computeNanos += runStep(components, graph, batches.next(), seed, step);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (ProcessCpuTime.nanos() - cpuStart) / 1e9;
            int configured = experiment.train().intraOpThreads();
            return new Result(warmup, steps, components.dataset().shape().batchSize(),
                    configured > 0 ? configured : Runtime.getRuntime().availableProcessors(),
                    seconds / steps, computeNanos / 1e9 / steps, cpuSeconds / steps);
        }
    }

    /** Runs one step; returns its time in the session, in nanoseconds. */
    private static long runStep(TrainingComponents components, TrainingGraph graph, Batch batch, long seed, long step) {
        long start = System.nanoTime();
        graph.run(batch.data(), StepRequest.train(components.learningRate(step), seed, step));
        return System.nanoTime() - start;
    }
}
