package org.jaywalk.plugins.davis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Scores one sequence's predicted masks against its ground truth, as the official semi-supervised evaluation
 * ({@code davis2017-evaluation}) does: only frames 1..T-2 are scored; the objects are the labels 1..N with N
 * the highest label in ground-truth frame 0; void pixels (255) in the ground truth count as background; a
 * prediction is read from {@code <results>/<sequence>/<frame>.png} for each ground-truth frame name and must
 * have the ground truth's size and no label above N (missing objects simply score as empty masks).
 */
public final class SequenceScorer {

    private final DavisLayout davis;
    private final Path results;

    /** @param results the folder holding one sub-folder of indexed PNGs per sequence */
    public SequenceScorer(DavisLayout davis, Path results) {
        this.davis = davis;
        this.results = results;
    }

    /** J and F of every object of {@code sequence}, in object order. */
    public List<ObjectScores> score(String sequence) {
        List<Path> truth = davis.annotations(sequence);
        LabelImage first = withoutVoid(MaskPng.read(truth.get(0)));
        int objects = first.maxLabel();
        int scored = Math.max(0, truth.size() - 2);
        double[][] j = new double[objects][scored];
        double[][] f = new double[objects][scored];
        // frames are scored in parallel; a bad file is reported for the earliest frame that has one
        Optional<DavisDataException> failure = IntStream.range(0, scored).parallel().mapToObj(k -> {
            try {
                scoreFrame(sequence, truth, first, objects, k + 1, j, f);
                return null;
            } catch (DavisDataException e) {
                return e;
            }
        }).filter(Objects::nonNull).findFirst();
        if (failure.isPresent()) {
            throw failure.get();
        }
        List<ObjectScores> scores = new ArrayList<>();
        for (int o = 0; o < objects; o++) {
            scores.add(new ObjectScores(sequence, o + 1, j[o], f[o]));
        }
        return scores;
    }

    /** J and F of every object in frame {@code index}, stored at {@code index - 1}. */
    private void scoreFrame(String sequence, List<Path> truth, LabelImage first, int objects, int index, double[][] j,
                            double[][] f) {
        Path gtFile = truth.get(index);
        LabelImage gt = withoutVoid(MaskPng.read(gtFile));
        if (!gt.sameSize(first)) {
            throw new DavisDataException("ground truth " + gtFile + " is " + gt.sizeText() + " but frame 0 of "
                    + sequence + " (" + truth.get(0) + ") is " + first.sizeText());
        }
        LabelImage predicted = prediction(sequence, gtFile, gt, objects, truth.get(0));
        for (int o = 0; o < objects; o++) {
            j[o][index - 1] = RegionSimilarity.of(gt, predicted, o + 1);
            f[o][index - 1] = BoundaryMeasure.of(gt, predicted, o + 1);
        }
    }

    private LabelImage prediction(String sequence, Path gtFile, LabelImage gt, int objects, Path firstFile) {
        Path file = results.resolve(sequence).resolve(DavisLayout.stem(gtFile) + ".png");
        if (!Files.isRegularFile(file)) {
            throw new DavisDataException("prediction " + file + " is missing: results need one indexed PNG per "
                    + "ground-truth frame, named like it (" + gtFile.getFileName() + ")");
        }
        LabelImage predicted = MaskPng.read(file);
        if (!predicted.sameSize(gt)) {
            throw new DavisDataException("prediction " + file + " is " + predicted.sizeText() + " but its ground truth "
                    + gtFile + " is " + gt.sizeText());
        }
        int max = predicted.maxLabel();
        if (max > objects) {
            throw new DavisDataException("prediction " + file + " has label " + max + " but sequence " + sequence
                    + " has only " + objects + " object(s) (the highest label of " + firstFile + ")");
        }
        return predicted;
    }

    /** Void (255) as background, as the official loader does for the semi-supervised task. */
    static LabelImage withoutVoid(LabelImage mask) {
        byte[] labels = mask.labels().clone();
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) == 255) {
                labels[i] = 0;
            }
        }
        return new LabelImage(mask.width(), mask.height(), labels);
    }
}
