package org.jaywalk.plugins.video;

import java.util.Arrays;
import java.util.Optional;

/** The dataset layouts the plugin registers, by their {@code type} name. */
enum SourceKind {
    /** A root with one folder per class of video files. */
    KINETICS("kinetics", "root"),
    /** A text file listing video files and frame folders. */
    VIDEO_LIST("video-list", "list"),
    /** A root of folders of JPEG frames. */
    FRAME_FOLDERS("frame-folders", "root");

    private final String typeName;
    private final String locationKey;

    SourceKind(String typeName, String locationKey) {
        this.typeName = typeName;
        this.locationKey = locationKey;
    }

    /** The layout registered as {@code typeName}, if any. */
    static Optional<SourceKind> byTypeName(String typeName) {
        return Arrays.stream(values()).filter(k -> k.typeName.equals(typeName)).findFirst();
    }

    /** The name experiments select it by ({@code dataset.type}). */
    String typeName() {
        return typeName;
    }

    /** The config key of the dataset's location. */
    String locationKey() {
        return locationKey;
    }

    /** Whether it can hold frame folders (and so has their settings). */
    boolean hasFrameFolders() {
        return this != KINETICS;
    }

    /** Whether its catalog finds video files by extension (and so has the {@code extensions} setting). */
    boolean findsVideoFiles() {
        return this == KINETICS;
    }

    /** The catalog of a dataset of this layout. */
    VideoCatalog catalog(VideoDatasetConfig config) {
        return switch (this) {
            case KINETICS -> new KineticsCatalog(config.location(), config.extensions());
            case VIDEO_LIST -> new VideoListCatalog(config.location());
            case FRAME_FOLDERS -> new FrameFolderCatalog(config.location(), config.frameExtensions());
        };
    }
}
