package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official evaluator's conventions on a tiny DAVIS root written by the test. */
class SequenceScorerTest {

    @TempDir
    Path dir;

    private DavisLayout root(String sequence, LabelImage... truth) throws Exception {
        Files.createDirectories(dir.resolve("ImageSets/2017"));
        Files.writeString(dir.resolve("ImageSets/2017/val.txt"), sequence + "\n");
        for (int i = 0; i < truth.length; i++) {
            MaskPng.write(dir.resolve("Annotations/480p/" + sequence + "/" + String.format("%05d.png", i)), truth[i]);
        }
        return new DavisLayout(dir);
    }

    private Path results(String sequence, LabelImage... predictions) {
        Path results = dir.resolve("results");
        for (int i = 0; i < predictions.length; i++) {
            MaskPng.write(results.resolve(sequence + "/" + String.format("%05d.png", i)), predictions[i]);
        }
        return results;
    }

    @Test
    void scoresOnlyTheInnerFramesWithObjectsFromFrameZeroAndVoidAsBackground() throws Exception {
        LabelImage f0 = Masks.of("1100", "0022");
        LabelImage f1 = Masks.of("1100", "00v2");   // void counts as background
        LabelImage f2 = Masks.of("0000", "0022");   // object 1 absent
        LabelImage f3 = Masks.of("3333", "3333");   // last frame: never scored (and label 3 unknown)
        DavisLayout davis = root("seq", f0, f1, f2, f3);
        Path results = results("seq", LabelImage.blank(4, 2), Masks.of("1100", "0000"), LabelImage.blank(4, 2),
                LabelImage.blank(4, 2));
        List<ObjectScores> scores = new SequenceScorer(davis, results).score("seq");
        assertEquals(2, scores.size());
        assertEquals("seq_1", scores.get(0).name());
        assertArrayEquals(new double[] {1.0, 1.0}, scores.get(0).j(), 1e-15); // frame 2: empty union scores 1
        assertArrayEquals(new double[] {0.0, 0.0}, scores.get(1).j(), 1e-15); // object 2 never predicted (padded)
    }

    @Test
    void labelAboveTheObjectCountIsAnErrorNamingTheFile() throws Exception {
        DavisLayout davis = root("seq", Masks.of("10"), Masks.of("10"), Masks.of("10"));
        Path results = results("seq", Masks.of("10"), Masks.of("12"), Masks.of("10"));
        DavisDataException e = assertThrows(DavisDataException.class, () -> new SequenceScorer(davis, results).score("seq"));
        assertTrue(e.getMessage().contains("00001.png") && e.getMessage().contains("label 2")
                && e.getMessage().contains("only 1 object"), e.getMessage());
    }

    @Test
    void missingOrMisSizedPredictionsAndGroundTruthAreErrors() throws Exception {
        DavisLayout davis = root("seq", Masks.of("10"), Masks.of("10"), Masks.of("10"));
        Path results = dir.resolve("results");
        DavisDataException e = assertThrows(DavisDataException.class, () -> new SequenceScorer(davis, results).score("seq"));
        assertTrue(e.getMessage().contains("00001.png") && e.getMessage().contains("missing"), e.getMessage());
        results("seq", Masks.of("10"), Masks.of("100"), Masks.of("10"));
        e = assertThrows(DavisDataException.class, () -> new SequenceScorer(davis, results).score("seq"));
        assertTrue(e.getMessage().contains("is 3x1") && e.getMessage().contains("is 2x1"), e.getMessage());
        MaskPng.write(dir.resolve("Annotations/480p/seq/00001.png"), Masks.of("10", "00"));
        e = assertThrows(DavisDataException.class, () -> new SequenceScorer(davis, results).score("seq"));
        assertTrue(e.getMessage().contains("ground truth") && e.getMessage().contains("00001.png"), e.getMessage());
    }

    @Test
    void emptySequenceFolderIsAnError() throws Exception {
        DavisLayout davis = root("seq");
        Files.createDirectories(dir.resolve("Annotations/480p/seq"));
        DavisDataException e = assertThrows(DavisDataException.class,
                () -> new SequenceScorer(davis, dir.resolve("results")).score("seq"));
        assertTrue(e.getMessage().contains("holds no .png files"), e.getMessage());
    }

    @Test
    void reportWritesTheOfficialFiles() throws Exception {
        MetricsReport report = new MetricsReport(List.of(
                new ObjectScores("a", 1, new double[] {1.0, 0.5}, new double[] {1.0, 1.0}),
                new ObjectScores("b", 1, new double[] {0.25}, new double[] {0.0})));
        List<Path> files = report.write(dir.resolve("out"), "val");
        assertEquals("J&F-Mean,J-Mean,J-Recall,J-Decay,F-Mean,F-Recall,F-Decay\n"
                + "0.5,0.5,0.25,0.25,0.5,0.5,0.0\n", Files.readString(files.get(0)));
        assertEquals("Sequence,J-Mean,F-Mean\na_1,0.75,1.0\nb_1,0.25,0.0\n", Files.readString(files.get(1)));
        assertEquals(dir.resolve("out/per-sequence_results-val.csv"), files.get(1));
    }
}
