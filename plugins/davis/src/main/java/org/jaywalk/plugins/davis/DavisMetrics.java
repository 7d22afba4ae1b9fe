package org.jaywalk.plugins.davis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.eval.EvaluationProgress;

/** J&amp;F of a results folder against a DAVIS-2017 root, for every sequence of a subset (semi-supervised task). */
public final class DavisMetrics {

    private DavisMetrics() {
    }

    /**
     * Scores {@code results/<sequence>/*.png} for each sequence of {@code ImageSets/2017/<subset>.txt}; needs only
     * {@code Annotations/} and {@code ImageSets/} under the root.
     */
    public static MetricsReport evaluate(DavisLayout davis, Path results, String subset, EvaluationProgress progress) {
        List<String> sequences = davis.sequences(subset);
        SequenceScorer scorer = new SequenceScorer(davis, results);
        List<ObjectScores> objects = new ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            progress.report("score " + sequences.get(i), i, sequences.size());
            objects.addAll(scorer.score(sequences.get(i)));
        }
        progress.report("score", sequences.size(), sequences.size());
        return new MetricsReport(objects);
    }
}
