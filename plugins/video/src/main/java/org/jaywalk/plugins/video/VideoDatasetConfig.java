package org.jaywalk.plugins.video;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jaywalk.framework.spi.ComponentConfig;

/**
 * The validated settings of a video dataset (see {@link VideoDatasetFactory#defaults()} for their meaning).
 *
 * @param location the root folder or list file, absolute
 * @param extensions video file extensions, lower case (kinetics)
 * @param frameExtensions frame image extensions, lower case (frame folders)
 * @param frameFolderFps the rate frame folders were extracted at
 * @param frameRate the rate clips are resampled to; 0 keeps each video's rate
 */
record VideoDatasetConfig(SourceKind kind, Path location, Set<String> extensions, Set<String> frameExtensions,
                          double frameFolderFps, int batchSize, int clipLength, double frameRate, int clipsPerVideo,
                          AugmentationSettings augmentation, int workers, int prefetchBatches, double clipTimeout,
                          int maxRetries, Path cacheDirectory, int indexWorkers, double indexTimeout) {

    private static final Set<String> FRAME_TRANSFORMS = Set.of("crop", "resize", "cj", "flip");
    private static final Set<String> FRAME_AUGS = Set.of(AugmentationSettings.GRID, "cj", "flip");

    /** Reads and checks every key; a bad value is a ConfigError naming its key. */
    static VideoDatasetConfig from(ComponentConfig c, SourceKind kind) {
        int imgSize = c.getIntAtLeast("img-size", 8);
        AugmentationSettings augmentation = new AugmentationSettings(imgSize,
                names(c, "frame-transforms", FRAME_TRANSFORMS), names(c, "frame-aug", FRAME_AUGS),
                c.getRange("crop-scale", 0.01, 1), c.getRange("crop-ratio", 0.01, 100),
                c.getDoubleInRange("color-jitter", 0, 1), c.getIntAtLeast("patch-size", 1),
                c.getDoubleInRange("patch-stride", 0, 4), c.getRange("patch-jitter-scale", 0.01, 1),
                c.getRange("patch-jitter-ratio", 0.01, 100));
        if (augmentation.grid() && augmentation.patchSize() > imgSize) {
            throw c.error("patch-size", "must be at most img-size (" + imgSize + "), got " + augmentation.patchSize());
        }
        if (augmentation.grid() && augmentation.strideInPixels() < 1) {
            throw c.error("patch-stride", "gives a stride of less than one pixel with patch-size "
                    + augmentation.patchSize());
        }
        int workers = c.getIntAtLeast("workers", 0);
        int indexWorkers = c.getIntAtLeast("index-workers", 0);
        return new VideoDatasetConfig(kind, location(c, kind.locationKey()),
                kind.findsVideoFiles() ? extensions(c, "extensions") : Set.of(),
                kind.hasFrameFolders() ? extensions(c, "frame-extensions") : Set.of(),
                kind.hasFrameFolders() ? c.getDoubleInRange("frame-folder-fps", 0.001, 1e6) : 0,
                c.getIntAtLeast("batch-size", 1), c.getIntAtLeast("clip-length", 2),
                c.getDoubleInRange("frame-rate", 0, 1e6), c.getIntAtLeast("clips-per-video", 1), augmentation,
                workers == 0 ? Workers.defaultCount() : workers, c.getIntAtLeast("prefetch-batches", 0),
                c.getDoubleInRange("clip-timeout", 0.001, 1e6), c.getIntAtLeast("max-retries", 0),
                c.isNull("cache-dir") ? IndexCache.defaultDirectory() : path(c.getString("cache-dir")),
                indexWorkers == 0 ? Runtime.getRuntime().availableProcessors() : indexWorkers,
                c.getDoubleInRange("index-timeout", 0.001, 1e6));
    }

    /** The catalog listing this dataset's videos. */
    VideoCatalog catalog() {
        return kind.catalog(this);
    }

    /** The readers of its videos. */
    FrameReaders readers() {
        return FrameReaders.standard(frameExtensions);
    }

    /** The index cache file. */
    Path cacheFile() {
        return IndexCache.file(cacheDirectory, catalog());
    }

    private static Path location(ComponentConfig c, String key) {
        boolean list = key.equals("list");
        if (!c.has(key) || c.isNull(key)) {
            throw c.error(key, "must be set: the dataset's " + (list ? "list file" : "root folder"));
        }
        Path path = path(c.getString(key));
        if (list ? !Files.isRegularFile(path) : !Files.isDirectory(path)) {
            throw c.error(key, "must be " + (list ? "a file" : "a folder") + ", and " + path + " is not");
        }
        return path;
    }

    /** An absolute, normalized path; a leading {@code ~} is the home folder. */
    private static Path path(String text) {
        String expanded = text.equals("~") || text.startsWith("~/")
                ? System.getProperty("user.home") + text.substring(1) : text;
        return Path.of(expanded).toAbsolutePath().normalize();
    }

    private static List<String> names(ComponentConfig c, String key, Set<String> allowed) {
        List<String> names = c.getStringList(key).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        for (String name : names) {
            if (!allowed.contains(name)) {
                throw c.error(key, "may only hold " + allowed + ", got '" + name + "'");
            }
        }
        return names;
    }

    private static Set<String> extensions(ComponentConfig c, String key) {
        Set<String> extensions = new LinkedHashSet<>();
        for (String e : c.getStringList(key)) {
            extensions.add(e.toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""));
        }
        if (extensions.isEmpty()) {
            throw c.error(key, "must list at least one extension");
        }
        return Set.copyOf(extensions);
    }
}
