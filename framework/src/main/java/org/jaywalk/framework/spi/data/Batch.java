package org.jaywalk.framework.spi.data;

import java.util.Map;

/**
 * One batch of clips, {@code [B, T, N*3, H, W]} in C order (patch n of a frame is channels 3n..3n+2),
 * already normalized, plus free-form metadata (e.g. source video and clip index) for logging.
 */
public record Batch(ClipShape shape, float[] data, Map<String, Object> metadata) {

    public Batch {
        if (data.length != shape.batchElements()) {
            throw new IllegalArgumentException("batch holds " + data.length + " floats, shape " + shape + " needs "
                    + shape.batchElements());
        }
        metadata = Map.copyOf(metadata);
    }
}
