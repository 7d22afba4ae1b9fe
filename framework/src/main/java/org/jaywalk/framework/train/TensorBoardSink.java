package org.jaywalk.framework.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jaywalk.framework.spi.train.TensorBoard;

/** TensorBoard scalars of each logged step: {@code loss}, {@code lr}, {@code clips_per_s} and every diagnostic. */
final class TensorBoardSink implements MetricSink {

    private final TensorBoard events;

    TensorBoardSink(TensorBoard events) {
        this.events = events;
    }

    @Override
    public void log(StepMetrics m) {
        Map<String, Double> scalars = new LinkedHashMap<>();
        scalars.put("loss", m.loss());
        scalars.put("lr", m.learningRate());
        scalars.put("clips_per_s", m.clipsPerSecond());
        scalars.putAll(m.diagnostics());
        scalars.forEach((name, v) -> events.scalar(name, v, m.step()));
        events.flush();
    }

    @Override
    public void close() {
        events.flush(); // the run owns the event file
    }
}
