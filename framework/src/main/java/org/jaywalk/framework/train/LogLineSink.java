package org.jaywalk.framework.train;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The console sink when there is no terminal: one SLF4J line per logged step, with an ETA. */
public final class LogLineSink implements MetricSink {

    private static final Logger LOG = LoggerFactory.getLogger("jaywalk.train");

    private final long firstStep;
    private final long totalSteps;
    private final long startNanos = System.nanoTime();

    public LogLineSink(long firstStep, long totalSteps) {
        this.firstStep = firstStep;
        this.totalSteps = totalSteps;
    }

    @Override
    public void log(StepMetrics m) {
        LOG.info("step {}/{} epoch {} {} eta {}", m.step() + 1, totalSteps, m.epoch(), m.summary(), eta(m.step() + 1));
    }

    private String eta(long done) {
        long elapsed = System.nanoTime() - startNanos;
        long remaining = done > firstStep ? elapsed / (done - firstStep) * (totalSteps - done) : 0;
        Duration d = Duration.ofNanos(remaining);
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    @Override
    public void close() {
    }
}
