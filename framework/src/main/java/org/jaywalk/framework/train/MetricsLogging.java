package org.jaywalk.framework.train;

import org.jaywalk.framework.spi.train.Every;
import org.jaywalk.framework.spi.train.StepEvent;
import org.jaywalk.framework.spi.train.TrainingListener;

/**
 * A built-in listener: every {@code train.log-every} steps (and the last) it hands the step's metrics, with the
 * throughput since the previous logged step, to one {@link MetricSink} (console, {@code metrics.jsonl} or
 * TensorBoard).
 */
final class MetricsLogging implements TrainingListener {

    private final MetricSink sink;
    private final Every every;
    private final ThroughputMeter throughput = new ThroughputMeter();

    MetricsLogging(MetricSink sink, int logEvery) {
        this.sink = sink;
        this.every = new Every(logEvery);
    }

    @Override
    public void afterStep(StepEvent step) {
        throughput.add(step.run().batchSize());
        if (every.includes(step)) {
            sink.log(new StepMetrics(step.step(), step.epoch(), step.loss(), step.learningRate(),
                    throughput.takeRate(), step.scalars()));
        }
    }

    @Override
    public void close() {
        sink.close();
    }
}
