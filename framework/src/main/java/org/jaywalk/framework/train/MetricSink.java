package org.jaywalk.framework.train;

/** Where logged step metrics go (console, a JSON-lines file, TensorBoard, ...). */
public interface MetricSink extends AutoCloseable {

    /** Records the metrics of one logged step. */
    void log(StepMetrics metrics);

    /** Flushes and releases the sink. */
    @Override
    void close();
}
