package org.jaywalk.plugins.davis;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.eval.EvaluationContext;
import org.jaywalk.framework.spi.eval.EvaluationProgress;
import org.jaywalk.framework.spi.eval.TestTimeFeatures;
import org.jaywalk.framework.spi.eval.WeightLoader;

/**
 * Propagates a {@link SequenceTask}'s first-frame labels through one video, streaming frame by frame (memory is
 * bounded by the propagation's context, not by the video's length): each frame is read, made into the encoder's
 * {@link FrameInput} and encoded once (the reference's padding copies of frame 0 are never re-encoded), propagated,
 * and handed to the task with its soft labels (for object masks, {@link MaskTask}: upsampled to the frame size,
 * argmax'd and written as an indexed PNG named like the frame, plus the {@link Overlays} asked for). The graphs
 * are built on the first video and reused for the next ones of the same frame size. Before a video is
 * propagated, its estimated peak memory is checked against the {@link PropagationMemory memory limit}.
 *
 * <p>Three stages overlap, each on its own thread and each in frame order: reading and encoding frame
 * {@code t+1}, propagating frame {@code t}, handing frame {@code t-1} to the task (decoding and writing); at most
 * one frame waits between two stages, so memory stays bounded.
 */
public final class SequencePropagation implements AutoCloseable {

    /**
     * Seconds spent per stage, for benchmarks: building the graphs and loading the weights, decoding frames,
     * computing features, propagating, handing the labels to the task (for masks: upsampling, argmax and writing
     * PNGs); and the wall-clock seconds of the whole run. Decoding and features (one frame ahead) and the task
     * (one frame behind) run beside the propagation, so the stages add up to more than the wall-clock time.
     */
    public record Timing(int frames, double setupSeconds, double readSeconds, double featureSeconds,
                         double propagationSeconds, double writeSeconds, double wallSeconds) {
    }

    /** A decoded frame and its features, with the seconds each took. */
    private record Encoded(RgbFrame frame, FeatureMap features, double readSeconds, double featureSeconds) {
    }

    private final Encoder encoder;
    private final WeightLoader weights;
    private final TestTimeFeatures features;
    private final PropagationSettings settings;
    private final FrameInput input;
    private final SessionSettings session;
    private final PropagationMemory memory;
    private FrameEncoder frameEncoder;
    private LabelPropagation propagator;

    /** Frames at their own size, features L2-normalized ({@link FrameInput#NATIVE}). */
    public SequencePropagation(TestTimeFeatures features, Encoder encoder, WeightLoader weights,
                               PropagationSettings settings, SessionSettings session) {
        this(features, encoder, weights, settings, FrameInput.NATIVE, session,
                PropagationMemory.automatic("--memory-limit", "--video-len"));
    }

    /**
     * @param features builds the encoder's test-time graph
     * @param encoder the test-time encoder (for videowalk's protocol: ResNet without {@code layer4})
     * @param weights loads the evaluated weights into the encoder's graph
     * @param input how frames become the encoder's input and features
     * @param memory what a video's propagation may use: checked before its graphs are built
     */
    public SequencePropagation(TestTimeFeatures features, Encoder encoder, WeightLoader weights,
                               PropagationSettings settings, FrameInput input, SessionSettings session,
                               PropagationMemory memory) {
        this.features = features;
        this.encoder = encoder;
        this.weights = weights;
        this.settings = settings;
        this.input = input;
        this.session = session;
        this.memory = memory;
    }

    /** For an evaluation: its encoder, weights, test-time graphs and session settings, within {@code memory}. */
    public static SequencePropagation of(EvaluationContext context, PropagationSettings settings, FrameInput input,
                                         PropagationMemory memory) {
        return new SequencePropagation(context.features(), context.encoder(), context.weights(), settings, input,
                context.session(), memory);
    }

    /**
     * Propagates an object mask ({@link MaskTask}).
     *
     * @param frames the video's frames, in order (frame 0 first)
     * @param firstMask frame 0's indexed-PNG mask
     * @param masks where {@code <frame name>.png} masks go
     * @param overlays the overlays to write, in their folder
     */
    public Timing run(List<Path> frames, Path firstMask, Path masks, Overlays overlays, EvaluationProgress progress) {
        return run(frames, new MaskTask(firstMask, input, masks, overlays), masks, progress);
    }

    /** Propagates an object mask with {@code task} (which it closes), naming the progress after {@code masks}. */
    public Timing run(List<Path> frames, MaskTask task, Path masks, EvaluationProgress progress) {
        try (task) {
            return run(frames, task, "propagate " + masks.getFileName(), progress);
        }
    }

    /**
     * Propagates {@code task}'s labels through {@code frames} (frame 0 first); {@code name} labels the progress
     * reports. The task is not closed.
     */
    public Timing run(List<Path> frames, SequenceTask task, String name, EvaluationProgress progress) {
        if (frames.isEmpty()) {
            throw new DavisDataException("no frames to propagate (" + name + ")");
        }
        long start = System.nanoTime();
        RgbFrame frame0 = RgbFrame.read(frames.get(0));
        int h = encoder.outputSize(input.height(frame0.height()));
        int w = encoder.outputSize(input.width(frame0.width()));
        memory.require(new PropagationFootprint(frame0.width(), frame0.height(), (long) h * w, encoder.channels(),
                settings.contextLength()));
        SoftLabels labels0 = task.firstLabels(frame0, frames.get(0), h, w);
        double read = seconds(start);
        prepare(frame0.width(), frame0.height(), h, w);
        double setup = seconds(start) - read;
        double features = 0;
        double propagation = 0;
        double write = 0;
        ExecutorService reader = Executors.newSingleThreadExecutor(daemon("jaywalk-features"));
        ExecutorService writer = Executors.newSingleThreadExecutor(daemon("jaywalk-writer"));
        try {
            Future<Encoded> ahead = reader.submit(() -> encode(frame0, frames.get(0), frame0, frames.get(0)));
            Future<Double> written = null;
            for (int t = 0; t < frames.size(); t++) {
                progress.report(name, t, frames.size());
                Encoded e = result(ahead);
                if (t + 1 < frames.size()) {
                    Path file = frames.get(t + 1);
                    ahead = reader.submit(() -> encode(null, file, frame0, frames.get(0)));
                }
                long t0 = System.nanoTime();
                SoftLabels out = t == 0 ? propagator.start(e.features(), labels0) : propagator.next(e.features());
                propagation += seconds(t0);
                read += e.readSeconds();
                features += e.featureSeconds();
                if (written != null) {
                    write += result(written); // at most one frame waits to be handed over
                }
                int index = t;
                Path file = frames.get(t);
                RgbFrame frame = e.frame();
                written = writer.submit(() -> {
                    long w0 = System.nanoTime();
                    task.accept(index, file, frame, out);
                    return seconds(w0);
                });
            }
            write += result(written);
        } finally {
            // both stages are idle before the task closes and the graphs can be closed
            stop(reader);
            stop(writer);
        }
        progress.report(name, frames.size(), frames.size());
        return new Timing(frames.size(), setup, read, features, propagation, write, seconds(start));
    }

    /** Reads ({@code frame == null}) and encodes one frame. */
    private Encoded encode(RgbFrame frame, Path file, RgbFrame first, Path firstFile) {
        long t0 = System.nanoTime();
        RgbFrame rgb = frame != null ? frame : readSameSize(file, first, firstFile);
        long t1 = System.nanoTime();
        FeatureMap f = frameEncoder.encode(rgb);
        return new Encoded(rgb, f, frame != null ? 0 : (t1 - t0) / 1e9, seconds(t1));
    }

    /** The result of a stage, rethrowing its failure as it was thrown. */
    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while propagating", e);
        }
    }

    /** Lets the stage finish what it was given (it may use the graphs and the outputs): at most one frame. */
    private static void stop(ExecutorService stage) {
        stage.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (stage.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** (Re)builds the graphs for frames of {@code width x height} and feature maps of {@code h x w}. */
    private void prepare(int width, int height, int h, int w) {
        if (frameEncoder != null && frameEncoder.width() == width && frameEncoder.height() == height) {
            return;
        }
        close();
        frameEncoder = new FrameEncoder(features, encoder, input, width, height, weights, session);
        propagator = new LabelPropagation(settings, h, w, encoder.channels(), session);
    }

    @Override
    public void close() {
        if (frameEncoder != null) {
            frameEncoder.close();
            frameEncoder = null;
        }
        if (propagator != null) {
            propagator.close();
            propagator = null;
        }
    }

    private static RgbFrame readSameSize(Path file, RgbFrame first, Path firstFile) {
        RgbFrame frame = RgbFrame.read(file);
        if (frame.width() != first.width() || frame.height() != first.height()) {
            throw new DavisDataException("frame " + file + " is " + frame.sizeText() + " but frame " + firstFile
                    + " is " + first.sizeText() + ": all frames of a video must have one size");
        }
        return frame;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
