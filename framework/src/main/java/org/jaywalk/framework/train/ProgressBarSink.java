package org.jaywalk.framework.train;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The console sink on a terminal: a progress bar with ETA, showing loss, accuracy and clips/s. */
public final class ProgressBarSink implements MetricSink {

    private final ProgressBar bar;

    public ProgressBarSink(long firstStep, long totalSteps) {
        this.bar = new ProgressBarBuilder().setTaskName("train").setInitialMax(totalSteps)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(500)
                .startsFrom(firstStep, Duration.ZERO).build();
    }

    @Override
    public void log(StepMetrics m) {
        bar.stepTo(m.step() + 1);
        bar.setExtraMessage("ep " + m.epoch() + " " + m.summary());
    }

    @Override
    public void close() {
        bar.close();
    }
}
