package org.jaywalk.framework.train;

import java.util.ArrayList;
import java.util.List;

/** Several sinks as one: each logged step goes to all; closing closes all, even when one fails. */
public final class MetricSinks implements MetricSink {

    private final List<MetricSink> sinks;

    public MetricSinks(List<MetricSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    /**
     * The standard sinks of a run: the console (a progress bar on a terminal, log lines otherwise),
     * {@code metrics.jsonl} and TensorBoard events in the run folder.
     *
     * @param firstStep the step the run starts (or resumes) at
     * @param totalSteps the step it ends at
     */
    public static MetricSinks standard(RunFolder run, long firstStep, long totalSteps) {
        List<MetricSink> sinks = new ArrayList<>();
        try {
            sinks.add(System.console() != null ? new ProgressBarSink(firstStep, totalSteps)
                    : new LogLineSink(firstStep, totalSteps));
            sinks.add(JsonlMetricsSink.open(run.metricsFile(), firstStep));
            sinks.add(new TensorBoardSink(run.dir()));
            return new MetricSinks(sinks);
        } catch (RuntimeException e) {
            new MetricSinks(sinks).close();
            throw e;
        }
    }

    @Override
    public void log(StepMetrics metrics) {
        sinks.forEach(s -> s.log(metrics));
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (MetricSink sink : sinks) {
            try {
                sink.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
