package org.jaywalk.plugins.davis.vip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jaywalk.plugins.davis.DavisDataException;
import org.jaywalk.plugins.davis.MaskPng;

/**
 * Scores one video's predicted masks as {@code eval_vip.py} does: every {@code .png} of the prediction folder against
 * the ground-truth file of the same name (read as values or palette indices, as PIL does), the prediction read as
 * {@code cv2.imread}'s last channel.
 */
public final class PartScorer {

    private PartScorer() {
    }

    /** The confusion matrix of the masks in {@code predictions} against {@code truth}. */
    public static ConfusionMatrix score(Path predictions, Path truth, int classes) {
        ConfusionMatrix matrix = new ConfusionMatrix(classes);
        List<Path> files;
        try (Stream<Path> list = Files.list(predictions)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        } catch (IOException e) {
            throw new DavisDataException("cannot list predictions " + predictions + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            Path gt = truth.resolve(file.getFileName().toString());
            if (!Files.isRegularFile(gt)) {
                throw new DavisDataException("prediction " + file + " has no ground truth " + gt);
            }
            matrix.add(MaskPng.read(gt), MaskPng.readRed(file), file.toString());
        }
        return matrix;
    }
}
