package org.jaywalk.plugins.visualize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.train.GraphTaps;
import org.jaywalk.framework.spi.train.StepEvent;
import org.jaywalk.framework.spi.train.TensorBoard;
import org.jaywalk.framework.spi.train.TrainingListener;
import org.jaywalk.framework.spi.train.TrainingRun;

/**
 * Pictures of the walk every N steps, drawn from the step's own graph tensors ({@link PictureTensors}): the
 * {@linkplain PcaView PCA of the node embeddings}, the {@linkplain PathView argmax paths} of a few query nodes
 * and their return points, the {@linkplain AffinityView affinities} of frames 0 and 1, the
 * {@linkplain CycleLossView per-node cycle loss}, as TensorBoard images {@code visualize/<view>}, and the
 * {@linkplain RowEntropy row entropy} of every transition matrix as TensorBoard histograms
 * {@code visualize/entropy/<from>-<to>}. With {@code png = true} the pictures are also written to
 * {@code <run>/visualize/step-XXXXXXXX/<view>.png}.
 */
final class CrwPictures implements TrainingListener {

    /** The prefix of every tag, and the run subfolder of the PNG files. */
    static final String PREFIX = "visualize";

    private final PictureSettings settings;

    CrwPictures(PictureSettings settings) {
        this.settings = settings;
    }

    @Override
    public void onGraphBuilt(GraphTaps taps) {
        PictureTensors.fetch(taps, settings.clips());
    }

    @Override
    public boolean fetchesAt(long step, TrainingRun run) {
        return settings.every().includes(step, run);
    }

    @Override
    public void afterStep(StepEvent step) {
        Map<String, HostArray> fetched = step.fetched();
        if (fetched.isEmpty()) {
            return;
        }
        TensorBoard tensorBoard = step.run().tensorBoard();
        Path folder = step.run().folder().resolve(PREFIX).resolve(String.format("step-%08d", step.step()));
        for (Picture picture : draw(fetched)) {
            tensorBoard.image(PREFIX + "/" + picture.name(), picture.rgb(), step.step());
            if (settings.png()) {
                picture.writePng(folder);
            }
        }
        fetched.keySet().stream().filter(name -> name.startsWith(PictureTensors.ENTROPY)).sorted().forEach(name ->
                tensorBoard.histogram(PREFIX + "/" + name, fetched.get(name).floats(), step.step()));
    }

    /** The views the fetches allow (the paths need the walk's forward transitions, the loss map its walks). */
    private List<Picture> draw(Map<String, HostArray> fetched) {
        ClipFrames frames = new ClipFrames(fetched.get(PictureTensors.CLIPS));
        List<Picture> pictures = new ArrayList<>();
        pictures.add(PcaView.draw(frames, fetched.get(PictureTensors.EMBEDDINGS)));
        if (fetched.containsKey(PictureTensors.PATHS)) {
            pictures.add(PathView.draw(frames, fetched.get(PictureTensors.PATHS), fetched.get(PictureTensors.RETURNS),
                    settings.queries()));
        }
        pictures.add(AffinityView.draw(fetched.get(PictureTensors.AFFINITY), fetched.get(PictureTensors.TRANSITION)));
        if (fetched.containsKey(PictureTensors.CYCLE_LOSS)) {
            pictures.add(CycleLossView.draw(frames, fetched.get(PictureTensors.CYCLE_LOSS)));
        }
        return pictures;
    }
}
