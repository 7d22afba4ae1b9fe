package org.jaywalk.plugins.davis;

import java.nio.file.Path;
import java.util.List;
import org.jaywalk.framework.graph.SessionSettings;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.EvaluationProgress;
import org.jaywalk.framework.spi.WeightLoader;

/**
 * Propagates a first-frame mask through one video and writes the result, streaming frame by frame (memory is
 * bounded by the propagation's context, not by the video's length): each frame is read, encoded once (the
 * reference's padding copies of frame 0 are never re-encoded), propagated, upsampled to the frame size and
 * argmax'd, then written as an indexed PNG named like the frame, plus optionally an {@link Overlay} PNG per
 * frame and an {@link OverlayAnimation} of them ({@code <overlays>.gif} beside the overlay folder). The first
 * frame's output is the given mask itself. The graphs are built on the first video and reused for the next
 * ones of the same frame size.
 */
public final class SequencePropagation implements AutoCloseable {

    /**
     * Wall-clock seconds spent per stage, for benchmarks: building the graphs and loading the weights, decoding
     * frames, computing features, propagating (including the upsampling and argmax), writing PNGs.
     */
    public record Timing(int frames, double setupSeconds, double readSeconds, double featureSeconds,
                         double propagationSeconds, double writeSeconds) {
    }

    private final Encoder encoder;
    private final WeightLoader weights;
    private final PropagationSettings settings;
    private final SessionSettings session;
    private FrameEncoder frameEncoder;
    private LabelPropagation propagator;

    /**
     * @param encoder the test-time encoder (for videowalk's protocol: ResNet without {@code layer4})
     * @param weights loads the evaluated weights into the encoder's graph
     */
    public SequencePropagation(Encoder encoder, WeightLoader weights, PropagationSettings settings,
                               SessionSettings session) {
        this.encoder = encoder;
        this.weights = weights;
        this.settings = settings;
        this.session = session;
    }

    /**
     * @param frames the video's frames, in order (frame 0 first)
     * @param firstMask frame 0's indexed-PNG mask
     * @param masks where {@code <frame name>.png} masks go
     * @param overlays where {@code <frame name>.png} overlays go (and {@code <overlays>.gif}), or {@code null} for none
     */
    public Timing run(List<Path> frames, Path firstMask, Path masks, Path overlays, EvaluationProgress progress) {
        if (frames.isEmpty()) {
            throw new DavisDataException("no frames to propagate " + firstMask + " through");
        }
        long start = System.nanoTime();
        RgbFrame frame0 = RgbFrame.read(frames.get(0));
        LabelImage mask0 = MaskPng.read(firstMask);
        if (mask0.width() != frame0.width() || mask0.height() != frame0.height()) {
            throw new DavisDataException("first-frame mask " + firstMask + " is " + mask0.sizeText() + " but frame "
                    + frames.get(0) + " is " + frame0.sizeText());
        }
        LabelSet labels = LabelSet.of(mask0);
        int h = encoder.outputSize(frame0.height());
        int w = encoder.outputSize(frame0.width());
        double read = seconds(start);
        prepare(frame0.width(), frame0.height(), h, w);
        double setup = seconds(start) - read;
        double features = 0;
        double propagation = 0;
        double write = 0;
        try (SequenceOutputs outputs = new SequenceOutputs(masks, overlays)) {
            for (int t = 0; t < frames.size(); t++) {
                progress.report("propagate " + masks.getFileName(), t, frames.size());
                long t0 = System.nanoTime();
                RgbFrame frame = t == 0 ? frame0 : readSameSize(frames.get(t), frame0, frames.get(0));
                long t1 = System.nanoTime();
                FeatureMap f = frameEncoder.encode(frame);
                long t2 = System.nanoTime();
                LabelImage out;
                if (t == 0) {
                    propagator.start(f, labels.encode(mask0, h, w));
                    out = mask0;
                } else {
                    out = labels.decode(propagator.next(f), frame.width(), frame.height());
                }
                long t3 = System.nanoTime();
                outputs.write(DavisLayout.stem(frames.get(t)), frame, out);
                read += (t1 - t0) / 1e9;
                features += (t2 - t1) / 1e9;
                propagation += (t3 - t2) / 1e9;
                write += seconds(t3);
            }
        }
        progress.report("propagate " + masks.getFileName(), frames.size(), frames.size());
        return new Timing(frames.size(), setup, read, features, propagation, write);
    }

    /** (Re)builds the graphs for frames of {@code width x height} and feature maps of {@code h x w}. */
    private void prepare(int width, int height, int h, int w) {
        if (frameEncoder != null && frameEncoder.width() == width && frameEncoder.height() == height) {
            return;
        }
        close();
        frameEncoder = new FrameEncoder(encoder, width, height, weights, session);
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
