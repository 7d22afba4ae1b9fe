package org.jaywalk.framework.config;

import java.util.List;
import org.jaywalk.framework.spi.ExtensionPoint;

/**
 * Where in an experiment the component of an extension point is configured, e.g. the encoder in
 * {@code model.encoder}. The block's {@code type} selects the factory.
 *
 * @param path dotted path of the block
 * @param point the extension point whose factory builds it
 * @param optional true when an experiment may leave the block out (e.g. {@code evaluation}); when present it is
 *                 validated like the others
 */
public record ComponentBlock(String path, ExtensionPoint<?> point, boolean optional) {

    public static final ComponentBlock DATASET = new ComponentBlock("dataset", ExtensionPoint.DATASET, false);
    public static final ComponentBlock ENCODER = new ComponentBlock("model.encoder", ExtensionPoint.ENCODER, false);
    public static final ComponentBlock HEAD = new ComponentBlock("model.head", ExtensionPoint.HEAD, false);
    public static final ComponentBlock WALK = new ComponentBlock("walk", ExtensionPoint.WALK, false);
    public static final ComponentBlock LOSS = new ComponentBlock("loss", ExtensionPoint.LOSS, false);
    public static final ComponentBlock OPTIMIZER = new ComponentBlock("optimizer", ExtensionPoint.OPTIMIZER, false);
    public static final ComponentBlock SCHEDULE = new ComponentBlock("schedule", ExtensionPoint.SCHEDULE, false);

    /** Optional: how {@code jaywalk eval} and the end of {@code train} evaluate the model. */
    public static final ComponentBlock EVALUATION = new ComponentBlock("evaluation", ExtensionPoint.EVALUATOR, true);

    /** Every component block of an experiment: the required ones, then the optional ones. */
    public static final List<ComponentBlock> ALL = List.of(DATASET, ENCODER, HEAD, WALK, LOSS, OPTIMIZER, SCHEDULE,
            EVALUATION);

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
