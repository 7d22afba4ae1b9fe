package org.jaywalk.plugins.davis;

import org.tensorflow.Result;
import org.tensorflow.Tensor;

/**
 * One frame's features in an {@link AffinityGraph}'s session, in the layouts it was uploaded for: as they are
 * ({@code [h, w, C]}, query and long-memory frame of {@link AffinityGraph#memory}), as query windows
 * ({@code [tiles, window, C]}, query of {@link AffinityGraph#offerLocal}) and as key tiles
 * ({@code [tiles, tile^2, C]}, key of {@link AffinityGraph#offerLocal}), all in the graph's
 * {@link PropagationPrecision}. The layouts a frame no longer needs can be dropped.
 */
public final class FrameTensors implements AutoCloseable {

    private Tensor features;
    private Result queryWindows;
    private Result keyTiles;

    FrameTensors(Tensor features) {
        this.features = features;
    }

    /** Keeps only what a short-term key frame needs (its key tiles). */
    public void keepKeysOnly() {
        try (Tensor dropFeatures = features; Result dropWindows = queryWindows) {
            features = null;
            queryWindows = null;
        }
    }

    Tensor features() {
        return require(features, "features");
    }

    Tensor queryWindows() {
        return require(queryWindows, "query windows").get(0);
    }

    Tensor keyTiles() {
        return require(keyTiles, "key tiles").get(0);
    }

    /** Takes ownership of the fetched query windows. */
    void setQueryWindows(Result queryWindows) {
        this.queryWindows = queryWindows;
    }

    /** Takes ownership of the fetched key tiles. */
    void setKeyTiles(Result keyTiles) {
        this.keyTiles = keyTiles;
    }

    private static <T> T require(T layout, String name) {
        if (layout == null) {
            throw new IllegalStateException("this frame's " + name + " were dropped or never made");
        }
        return layout;
    }

    @Override
    public void close() {
        try (Result dropTiles = keyTiles) {
            keepKeysOnly();
            keyTiles = null;
        }
    }
}
