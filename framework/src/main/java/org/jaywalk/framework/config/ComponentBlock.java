package org.jaywalk.framework.config;

import java.util.List;
import org.jaywalk.framework.spi.ExtensionPoint;

/**
 * Where in an experiment the component of an extension point is configured, e.g. the encoder in
 * {@code model.encoder}. The block's {@code type} selects the factory.
 *
 * @param path dotted path of the block
 * @param point the extension point whose factory builds it
 */
public record ComponentBlock(String path, ExtensionPoint<?> point) {

    public static final ComponentBlock DATASET = new ComponentBlock("dataset", ExtensionPoint.DATASET);
    public static final ComponentBlock ENCODER = new ComponentBlock("model.encoder", ExtensionPoint.ENCODER);
    public static final ComponentBlock HEAD = new ComponentBlock("model.head", ExtensionPoint.HEAD);
    public static final ComponentBlock WALK = new ComponentBlock("walk", ExtensionPoint.WALK);
    public static final ComponentBlock LOSS = new ComponentBlock("loss", ExtensionPoint.LOSS);
    public static final ComponentBlock OPTIMIZER = new ComponentBlock("optimizer", ExtensionPoint.OPTIMIZER);
    public static final ComponentBlock SCHEDULE = new ComponentBlock("schedule", ExtensionPoint.SCHEDULE);

    /** Every component block of an experiment. */
    public static final List<ComponentBlock> ALL = List.of(DATASET, ENCODER, HEAD, WALK, LOSS, OPTIMIZER, SCHEDULE);

    /** The key selecting the factory inside every component block. */
    public static final String TYPE_KEY = "type";

    /** The block configuring {@code point}. */
    public static ComponentBlock of(ExtensionPoint<?> point) {
        return ALL.stream().filter(b -> b.point().equals(point)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no experiment block for extension point " + point));
    }

    /** The dotted path of the block's {@code type} key. */
    public String typePath() {
        return path + "." + TYPE_KEY;
    }
}
