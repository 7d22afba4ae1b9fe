package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.data.DatasetFactory;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoPluginTest {

    @TempDir
    Path folder;

    @Test
    void isDiscoveredAndRegistersTheThreeDatasets() {
        JaywalkPlugin plugin = ServiceLoader.load(JaywalkPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("video")).findFirst().orElseThrow();
        Map<String, DatasetFactory> datasets = Guice.createInjector(plugin.module())
                .getInstance(Key.get(new TypeLiteral<Map<String, DatasetFactory>>() { }));
        assertEquals(Set.of("kinetics", "video-list", "frame-folders"), datasets.keySet());
    }

    @Test
    void defaultsAreVideowalksKineticsTraining() {
        VideoDatasetConfig config = VideoDatasets.settings(SourceKind.KINETICS, "root = \"" + folder + "\"");
        assertEquals(4, config.clipLength());
        assertEquals(8.0, config.frameRate());
        assertEquals(5, config.clipsPerVideo());
        assertEquals(List.of("crop"), config.augmentation().frameTransforms());
        assertTrue(config.augmentation().grid());
        assertEquals(32, config.augmentation().strideInPixels());
        assertEquals(Set.of("mp4", "webm", "mkv", "avi"), config.extensions());
        assertEquals(IndexCache.defaultDirectory(), config.cacheDirectory());
        assertTrue(config.workers() >= 1);
    }

    @Test
    void badSettingsAreConfigErrorsNamingTheirKeys() throws Exception {
        assertConfigError(SourceKind.KINETICS, "", "dataset.root");
        assertConfigError(SourceKind.KINETICS, "root = \"" + folder.resolve("missing") + "\"", "dataset.root");
        String root = "root = \"" + folder + "\", ";
        assertConfigError(SourceKind.KINETICS, root + "frame-transforms = [crop, blur]", "dataset.frame-transforms");
        assertConfigError(SourceKind.KINETICS, root + "frame-aug = [crop]", "dataset.frame-aug");
        assertConfigError(SourceKind.KINETICS, root + "patch-size = 300", "dataset.patch-size");
        assertConfigError(SourceKind.KINETICS, root + "crop-scale = [0.9, 0.8]", "dataset.crop-scale");
        assertConfigError(SourceKind.KINETICS, root + "clip-length = 1", "dataset.clip-length");
        assertConfigError(SourceKind.VIDEO_LIST, "list = \"" + folder + "\"", "dataset.list");
        Path list = Files.writeString(folder.resolve("list.txt"), "");
        assertEquals(30.0, VideoDatasets.settings(SourceKind.VIDEO_LIST, "list = \"" + list + "\"").frameFolderFps());
    }

    private static void assertConfigError(SourceKind kind, String overrides, String key) {
        ConfigError e = assertThrows(ConfigError.class, () -> VideoDatasets.settings(kind, overrides));
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }
}
