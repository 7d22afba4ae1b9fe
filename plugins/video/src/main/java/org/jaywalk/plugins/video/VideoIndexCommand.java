package org.jaywalk.plugins.video;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.ComponentConfig;

/**
 * {@code jaywalk data index CONFIG [--json]}: builds or refreshes the index cache of the experiment's video dataset
 * (only new or changed videos are read) and reports its counts: videos, clips, clips per epoch, and the skipped
 * videos with their reasons.
 */
public final class VideoIndexCommand {

    private VideoIndexCommand() {
    }

    /**
     * Indexes the dataset.
     *
     * @param type the dataset's type ({@code kinetics}, {@code video-list} or {@code frame-folders})
     * @param block the experiment's resolved {@code dataset} block
     * @param progress told how many videos are indexed, for a progress bar
     * @throws org.jaywalk.framework.spi.config.ConfigError if the block is not a valid video dataset
     * @throws IOException if the dataset cannot be listed or the cache cannot be written
     */
    public static IndexReport run(String type, ComponentConfig block, IndexProgress progress) throws IOException {
        VideoDatasetConfig config = DatasetBlock.settings(type, block);
        VideoIndex index = VideoDataset.index(config, config.readers(), progress);
        VideoClips clips = VideoDataset.clips(index, config);
        Map<String, Integer> perVideo = new LinkedHashMap<>();
        for (int v = 0; v < clips.videos(); v++) {
            perVideo.put(index.videos().get(v).source().key(), clips.clips(v));
        }
        List<IndexReport.Skipped> skipped = index.skipped().stream()
                .map(s -> new IndexReport.Skipped(s.source().key(), s.reason())).toList();
        int perEpoch = new RandomClipSampler(clips, config.clipsPerVideo(), block.seed()).epochSize();
        return new IndexReport(config.location(), index.videos().size(), clips.totalClips(), perEpoch,
                perEpoch / config.batchSize(), skipped, perVideo, index.cacheFile(), index.probed());
    }

    /** Runs it and prints the report (one JSON object if {@code json}) to {@code out}, progress to {@code err}. */
    public static void run(String type, ComponentConfig block, boolean json, PrintStream out, PrintStream err)
            throws IOException {
        IndexReport report = run(type, block, new TextProgress(err));
        out.println(json ? report.toJson() : report.toText().stripTrailing());
    }
}
