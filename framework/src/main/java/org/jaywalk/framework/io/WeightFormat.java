package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.HostArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the tensor names of a weights file map onto Jaywalk's parameter names (videowalk's state-dict names,
 * {@code encoder.model.*} for the encoder). Layouts need no mapping: every format keeps PyTorch's (NCHW).
 */
public enum WeightFormat {
    /** Told from the names: {@link #MOCO}, {@link #VIDEOWALK}, {@link #TORCHVISION}, else {@link #JAYWALK}. */
    AUTO,
    /** A Jaywalk checkpoint: names as they are. */
    JAYWALK,
    /**
     * A videowalk {@code checkpoint.pth} ({@code model} entry): names as they are, except that older
     * {@code scratch} checkpoints wrap padded convolutions, so {@code ...conv1.1.weight} is read as
     * {@code ...conv1.weight} (as videowalk's {@code test.py} does).
     */
    VIDEOWALK,
    /** A torchvision ResNet state dict ({@code conv1.weight}, {@code layer1.0...}): the encoder; {@code fc} is left out. */
    TORCHVISION,
    /**
     * A MoCo checkpoint ({@code state_dict} entry): the query encoder {@code module.encoder_q.*} without its
     * {@code fc} head; the key encoder and the queue are left out.
     */
    MOCO;

    /** Prefix of the encoder's parameters: videowalk's {@code CRW.encoder} wraps the ResNet as {@code model}. */
    public static final String ENCODER_PREFIX = "encoder.model.";

    private static final String MOCO_QUERY = "module.encoder_q.";
    private static final String FC = "fc.";

    /**
     * Tensors under Jaywalk's names.
     *
     * @param tensors renamed tensors, in file order
     * @param leftOut names (as in the file) that this format deliberately drops: classifier and projection heads,
     *                MoCo's key encoder and queue
     * @param format the format applied ({@link #AUTO} resolved)
     */
    public record Mapped(Map<String, HostArray> tensors, List<String> leftOut, WeightFormat format) {
    }

    /** The format named in a config ({@code torchvision}, ...). */
    public static WeightFormat parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The lower-case names, for messages and config checks. */
    public static List<String> names() {
        return Arrays.stream(values()).map(WeightFormat::configName).toList();
    }

    /** Lower-case name as written in a config. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format that {@link #AUTO} picks for these names. */
    public static WeightFormat detect(Iterable<String> names) {
        boolean videowalk = false;
        boolean torchvision = false;
        for (String name : names) {
            if (name.startsWith(MOCO_QUERY)) {
                return MOCO;
            }
            videowalk |= name.startsWith(ENCODER_PREFIX);
            torchvision |= name.equals("conv1.weight");
        }
        return videowalk ? VIDEOWALK : torchvision ? TORCHVISION : JAYWALK;
    }

    /** {@code tensors} (as read from a file) under Jaywalk's names. */
    public Mapped map(Map<String, HostArray> tensors) {
        if (this == AUTO) {
            return detect(tensors.keySet()).map(tensors);
        }
        Map<String, HostArray> out = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
        tensors.forEach((name, value) -> {
            String mapped = rename(name);
            if (mapped == null) {
                leftOut.add(name);
            } else {
                out.put(mapped, value);
            }
        });
        return new Mapped(out, List.copyOf(leftOut), this);
    }

    /** Jaywalk's name for file tensor {@code name}, or null if this format leaves it out. */
    private String rename(String name) {
        return switch (this) {
            case AUTO, JAYWALK -> name;
            case VIDEOWALK -> name.contains("conv1.1.weight") || name.contains("conv2.1.weight")
                    ? name.replace(".1.weight", ".weight") : name;
            case TORCHVISION -> name.startsWith(FC) ? null : ENCODER_PREFIX + name;
            case MOCO -> name.startsWith(MOCO_QUERY) && !name.startsWith(MOCO_QUERY + FC)
                    ? ENCODER_PREFIX + name.substring(MOCO_QUERY.length()) : null;
        };
    }
}
