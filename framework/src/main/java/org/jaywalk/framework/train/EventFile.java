package org.jaywalk.framework.train;

import java.nio.file.Path;
import java.util.Arrays;
import org.jaywalk.framework.spi.io.DType;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.train.TensorBoard;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.summary.SummaryWriter;
import org.tensorflow.op.summary.WriteImageSummary;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.TString;
import org.tensorflow.types.TUint8;

/**
 * A run's {@code events.out.tfevents.*} file, written by TensorFlow's own summary ops run in a small graph and
 * session of its own: the {@link TensorBoard} every listener of the run shares. The file is opened at the first
 * write, which comes after the training session opened (the first session of a process fixes TensorFlow's thread
 * pools); writes after {@link #close} are refused.
 */
public final class EventFile implements TensorBoard, AutoCloseable {

    private final Path logDir;
    private Writer writer;
    private boolean closed;

    /** A writer of a new events file in {@code logDir}. */
    public EventFile(Path logDir) {
        this.logDir = logDir;
    }

    @Override
    public void scalar(String name, double v, long atStep) {
        open().scalar(name, v, atStep);
    }

    @Override
    public void image(String name, HostArray rgb, long atStep) {
        long[] shape = rgb.shape();
        if (shape.length != 3 || shape[2] != 3 || shape[0] < 1 || shape[1] < 1) {
            throw new IllegalArgumentException("image '" + name + "' must be [H, W, 3], got " + Arrays.toString(shape));
        }
        open().image(name, shape[0], shape[1], rgbBytes(rgb), atStep);
    }

    @Override
    public void histogram(String name, float[] values, long atStep) {
        open().histogram(name, values, atStep);
    }

    /** The values as bytes: uint8 as they are, others rounded and clamped to [0, 255]. */
    private static byte[] rgbBytes(HostArray rgb) {
        if (rgb.dtype() == DType.UINT8) {
            return (byte[]) rgb.data();
        }
        byte[] bytes = new byte[rgb.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Math.max(0, Math.min(255, Math.round(rgb.doubleAt(i))));
        }
        return bytes;
    }

    @Override
    public void flush() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void close() {
        closed = true;
        if (writer != null) {
            writer.close();
        }
    }

    private Writer open() {
        if (closed) {
            throw new IllegalStateException("the TensorBoard file of " + logDir + " is closed: write summaries "
                    + "before training ends (TrainingListener.onTrainEnd at the latest)");
        }
        if (writer == null) {
            writer = new Writer(logDir);
        }
        return writer;
    }

    /** The summary graph and its session. */
    private static final class Writer {
        private static final int MAX_QUEUE = 100;
        private static final int FLUSH_MILLIS = 10_000;

        private final Graph graph;
        private final Session session;
        private final Placeholder<TInt64> step;
        private final Placeholder<TString> tag;
        private final Placeholder<TFloat32> value;
        private final Op write;
        /** {@code [1, H, W, 3]} uint8. */
        private final Placeholder<TUint8> image;
        private final Op writeImage;
        /** {@code [n]}. */
        private final Placeholder<TFloat32> histogram;
        private final Op writeHistogram;
        private final Op flush;
        private final Op closeWriter;

        Writer(Path logDir) {
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
                this.image = tf.placeholder(TUint8.class, Placeholder.shape(Shape.of(1, -1, -1, 3)));
                this.writeImage = tf.summary.writeImageSummary(writer, step, tag, image,
                        tf.constant(new byte[] {(byte) 255, 0, 0}), WriteImageSummary.maxImages(1L));
                this.histogram = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
                this.writeHistogram = tf.summary.writeHistogramSummary(writer, step, tag, histogram);
                this.flush = tf.summary.flushSummaryWriter(writer);
                this.closeWriter = tf.summary.closeSummaryWriter(writer);
                this.session = new Session(graph);
                session.run(create);
            } catch (RuntimeException e) {
                graph.close();
                throw e;
            }
        }

        void scalar(String name, double v, long atStep) {
            try (TInt64 stepTensor = TInt64.scalarOf(atStep);
                 TString tagTensor = TString.scalarOf(name);
                 TFloat32 valueTensor = TFloat32.scalarOf((float) v);
                 Result ignored = session.runner().feed(step, stepTensor).feed(tag, tagTensor)
                         .feed(value, valueTensor).addTarget(write).run()) {
                // written
            }
        }

        void image(String name, long height, long width, byte[] rgb, long atStep) {
            write(writeImage, name, atStep, image,
                    TUint8.tensorOf(Shape.of(1, height, width, 3), DataBuffers.of(rgb, true, false)));
        }

        void histogram(String name, float[] values, long atStep) {
            write(writeHistogram, name, atStep, histogram,
                    TFloat32.tensorOf(Shape.of(values.length), DataBuffers.of(values, true, false)));
        }

        /** Runs {@code summary} with the step, the tag and {@code input} fed {@code value}; closes {@code value}. */
        private void write(Op summary, String name, long atStep, Placeholder<?> input, Tensor value) {
            try (value;
                 TInt64 stepTensor = TInt64.scalarOf(atStep);
                 TString tagTensor = TString.scalarOf(name);
                 Result ignored = session.runner().feed(step, stepTensor).feed(tag, tagTensor)
                         .feed(input, value).addTarget(summary).run()) {
                // written
            }
        }

        void flush() {
            session.run(flush);
        }

        void close() {
            try {
                session.run(closeWriter);
            } finally {
                session.close();
                graph.close();
            }
        }
    }
}
