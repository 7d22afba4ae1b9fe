package org.jaywalk.plugins.video;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code jaywalk data index} reports about a video dataset.
 *
 * @param location the dataset's root folder or list file
 * @param clips clips of all readable videos (torchvision's {@code num_clips()})
 * @param clipsPerEpoch clips the sampler takes per epoch
 * @param batchesPerEpoch full batches per epoch
 * @param skipped the videos that cannot be read, in catalog order
 * @param perVideo clips of each readable video, by its path relative to the location, in catalog order
 * @param cacheFile the index cache
 * @param probed videos read for this index (the others came from the cache)
 */
public record IndexReport(Path location, int videos, int clips, int clipsPerEpoch, int batchesPerEpoch,
                          List<Skipped> skipped, Map<String, Integer> perVideo, Path cacheFile, int probed) {

    /** A video that cannot be read. */
    public record Skipped(String path, String reason) {
    }

    public IndexReport {
        skipped = List.copyOf(skipped);
        perVideo = new LinkedHashMap<>(perVideo);
    }

    /**
     * The one JSON object of {@code data index --json}:
     * {@code {"videos": n, "clips": n, "skipped": [{"path": ..., "reason": ...}], "per_video": {path: clips}}}.
     */
    public String toJson() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("videos", videos);
        root.put("clips", clips);
        var list = root.putArray("skipped");
        skipped.forEach(s -> list.addObject().put("path", s.path()).put("reason", s.reason()));
        var counts = root.putObject("per_video");
        perVideo.forEach(counts::put);
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers is always writable", e);
        }
    }

    /** The human-readable report: counts, the cache, and every skipped video with its reason. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(location).append(": ").append(videos).append(" videos, ").append(clips).append(" clips; ")
                .append(clipsPerEpoch).append(" clips (").append(batchesPerEpoch).append(" batches) per epoch; ")
                .append(skipped.size()).append(" skipped\n");
        text.append("index cache: ").append(cacheFile).append(" (").append(probed).append(" videos read now, ")
                .append(videos + skipped.size() - probed).append(" from the cache)\n");
        long empty = perVideo.values().stream().filter(c -> c == 0).count();
        if (empty > 0) {
            text.append(empty).append(" videos are too short for one clip\n");
        }
        for (Skipped s : skipped) {
            text.append("skipped ").append(s.path()).append(": ").append(s.reason()).append('\n');
        }
        return text.toString();
    }
}
