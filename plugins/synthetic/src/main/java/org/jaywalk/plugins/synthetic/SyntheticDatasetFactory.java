package org.jaywalk.plugins.synthetic;

import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.data.Dataset;
import org.jaywalk.framework.spi.data.DatasetFactory;

/** Builds a {@link SyntheticDataset}; the experiment seed fixes every video and clip. */
public final class SyntheticDatasetFactory implements DatasetFactory {

    @Override
    public String defaults() {
        return """
                # Clips per batch (B).
                batch-size = 8
                # Frames per clip (T).
                clip-length = 4
                # Side of the square video frames, in pixels (videowalk: 256).
                frame-size = 64
                # Side of the square patches (the graph's nodes), in pixels (videowalk: 64). At most frame-size.
                patch-size = 32
                # Grid stride as a fraction of patch-size, rounded down to whole pixels (videowalk: 0.5, so
                # 256-pixel frames give 7 x 7 = 49 patches; the defaults give 3 x 3 = 9).
                patch-stride = 0.5
                # [min, max] area fraction of each patch's random-resized-crop jitter, drawn per patch per
                # frame (videowalk: [0.7, 0.9]). [1, 1] with patch-jitter-ratio [1, 1] disables the jitter.
                patch-jitter-scale = [0.7, 0.9]
                # [min, max] aspect ratio (width / height) of the jitter crop (torchvision's default: 3/4 to 4/3).
                patch-jitter-ratio = [0.75, 1.3333333333333333]
                # true: patches on the grid above (N = windows per frame); false: whole frames (N = 1,
                # patch-size, patch-stride and the jitter are ignored).
                grid = true
                # Distinct procedural videos; a video looks the same in every epoch.
                videos = 64
                # Frames per video; clips start anywhere they fit.
                frames-per-video = 32
                # Step between consecutive clip frames, in video frames (1 = consecutive frames).
                frame-gap = 2
                # [min, max] moving objects per video.
                objects = [2, 4]
                # [min, max] object drift speed in pixels per video frame (a slow wobble adds up to 35%).
                # Keep speed * frame-gap well under the patch stride so patches can be matched across time.
                speed = [0.5, 1.5]
                # Clips per epoch; an epoch has floor(epoch-size / batch-size) batches.
                epoch-size = 512
                """;
    }

    @Override
    public Dataset create(ComponentConfig config) {
        return new SyntheticDataset(SyntheticConfig.from(config), config.seed());
    }
}
