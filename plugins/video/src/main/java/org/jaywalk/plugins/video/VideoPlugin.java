package org.jaywalk.plugins.video;

import com.google.inject.Module;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.PluginModule;

/**
 * Contributes the video datasets read with JavaCV/FFmpeg: {@code kinetics} (a folder of class folders of videos),
 * {@code video-list} (a text file of videos or frame folders) and {@code frame-folders} (folders of JPEG frames).
 */
public final class VideoPlugin implements JaywalkPlugin {

    @Override
    public String name() {
        return "video";
    }

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public Module module() {
        return new PluginModule() {
            @Override
            protected void configureComponents() {
                for (SourceKind kind : SourceKind.values()) {
                    register(ExtensionPoint.DATASET, kind.typeName(), new VideoDatasetFactory(kind));
                }
                contributeCommand(DataCommands.data());
                contributeCommand(DataCommands.benchData());
            }
        };
    }
}
