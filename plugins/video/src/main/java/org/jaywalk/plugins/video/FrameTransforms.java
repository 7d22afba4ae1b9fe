package org.jaywalk.plugins.video;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jaywalk.framework.spi.image.RandomResizedCrop;

/**
 * The per-image transforms by the names of videowalk's {@code --frame-transforms} and {@code --frame-aug}
 * strings. {@code grid} is not here: it turns a frame into patches (see {@link ClipAugmentation}).
 */
final class FrameTransforms {

    /** Transforms that bring a frame to {@code img-size x img-size}; one of them always comes first. */
    static final Set<String> SIZING = Set.of("crop", "resize");

    private static final Map<String, Function<AugmentationSettings, FrameTransform>> BY_NAME = Map.of(
            "crop", s -> new FrameCrop(s.imgSize(), new RandomResizedCrop(s.cropScale().min(), s.cropScale().max(),
                    s.cropRatio().min(), s.cropRatio().max())),
            "resize", s -> new FrameResize(s.imgSize()),
            "cj", s -> new ColorJitter(s.colorJitter()),
            "flip", s -> new HorizontalFlip());

    private FrameTransforms() {
    }

    /** Every registered name. */
    static Set<String> names() {
        return BY_NAME.keySet();
    }

    /** The transform {@code name} configured by {@code settings}. */
    static FrameTransform create(String name, AugmentationSettings settings) {
        Function<AugmentationSettings, FrameTransform> factory = BY_NAME.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown transform '" + name + "', known: " + names());
        }
        return factory.apply(settings);
    }
}
