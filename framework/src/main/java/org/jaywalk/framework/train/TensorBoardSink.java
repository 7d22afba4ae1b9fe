package org.jaywalk.framework.train;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.summary.SummaryWriter;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.TString;

/**
 * TensorBoard scalars ({@code loss}, {@code lr}, {@code clips_per_s} and every diagnostic) written to an
 * {@code events.out.tfevents.*} file by TensorFlow's own summary ops, run in a small graph and session
 * this sink owns. Create it after the training session: the first session of a process fixes
 * TensorFlow's thread pools.
 */
public final class TensorBoardSink implements MetricSink {

    private static final int MAX_QUEUE = 100;
    private static final int FLUSH_MILLIS = 10_000;

    private final Graph graph;
    private final Session session;
    private final Placeholder<TInt64> step;
    private final Placeholder<TString> tag;
    private final Placeholder<TFloat32> value;
    private final Op write;
    private final Op flush;
    private final Op closeWriter;

    /** Opens a new events file in {@code logDir}. */
    public TensorBoardSink(Path logDir) {
        this.graph = new Graph();
        try {
            Ops tf = Ops.create(graph);
            SummaryWriter writer = tf.summary.summaryWriter(SummaryWriter.sharedName("jaywalk_metrics"));
            Op create = tf.summary.createSummaryFileWriter(writer, tf.constant(logDir.toAbsolutePath().toString()),
                    tf.constant(MAX_QUEUE), tf.constant(FLUSH_MILLIS), tf.constant(".v2"));
            this.step = tf.placeholder(TInt64.class, Placeholder.shape(Shape.scalar()));
            this.tag = tf.placeholder(TString.class, Placeholder.shape(Shape.scalar()));
            this.value = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
            this.write = tf.summary.writeScalarSummary(writer, step, tag, value);
            this.flush = tf.summary.flushSummaryWriter(writer);
            this.closeWriter = tf.summary.closeSummaryWriter(writer);
            this.session = new Session(graph);
            session.run(create);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    @Override
    public void log(StepMetrics m) {
        Map<String, Double> scalars = new LinkedHashMap<>();
        scalars.put("loss", m.loss());
        scalars.put("lr", m.learningRate());
        scalars.put("clips_per_s", m.clipsPerSecond());
        scalars.putAll(m.diagnostics());
        try (TInt64 stepTensor = TInt64.scalarOf(m.step())) {
            scalars.forEach((name, v) -> writeScalar(stepTensor, name, v));
        }
        session.run(flush);
    }

    private void writeScalar(TInt64 stepTensor, String name, double v) {
        try (TString tagTensor = TString.scalarOf(name);
             TFloat32 valueTensor = TFloat32.scalarOf((float) v);
             Result ignored = session.runner().feed(step, stepTensor).feed(tag, tagTensor).feed(value, valueTensor)
                     .addTarget(write).run()) {
            // written
        }
    }

    @Override
    public void close() {
        try {
            session.run(closeWriter);
        } finally {
            session.close();
            graph.close();
        }
    }
}
