package org.jaywalk.plugins.davis;

import java.util.List;
import java.util.Locale;
import org.jaywalk.framework.spi.ComponentConfig;

/**
 * The evaluation keys every label-propagation evaluator takes, named after videowalk's {@code test.py} options:
 * {@code video-len}, {@code topk}, {@code radius}, {@code temperature}, {@code long-mem}, {@code norm-mask} (the
 * propagation, {@link PropagationSettings}), {@code crop-size}, {@code l2-normalize} (the encoder's input,
 * {@link FrameInput}). Each benchmark gives its own defaults for the first four and for {@code crop-size}; the
 * others default as in test.py.
 */
public final class PropagationKeys {

    private PropagationKeys() {
    }

    /**
     * The keys' defaults as HOCON, with comments.
     *
     * @param source whose settings these are, for the comment (e.g. "videowalk README's DAVIS command")
     */
    public static String defaults(String source, int cropSize, int videoLen, int topK, double radius, double temperature) {
        return String.format(Locale.ROOT, """
                # label propagation, as videowalk test.py (%s)
                video-len = %d
                topk = %d
                radius = %s
                temperature = %s
                # frames squashed to crop-size x crop-size before the encoder (test.py --cropSize); -1 = their own size
                crop-size = %d
                # long-memory frames (test.py --long-mem): 0 = frame 0; m > 0 = frame m+1 from frame video-len+m+1 on
                long-mem = [0]
                # features L2-normalized over channels (false = test.py --no-l2)
                l2-normalize = true
                # outputs normalized per cell to [0, 1] (test.py --norm_mask)
                norm-mask = false
                # stop before a sequence whose estimated peak memory exceeds this (e.g. "16G"); auto: what the
                # process holds plus the machine's available memory
                memory-limit = auto
                """, source, videoLen, topK, num(radius), num(temperature), cropSize);
    }

    /** {@code video-len}, {@code topk}, {@code radius}, {@code temperature}, {@code long-mem}, {@code norm-mask}. */
    public static PropagationSettings settings(ComponentConfig config) {
        List<Integer> longMemory = config.getIntList("long-mem");
        int videoLen = config.getIntAtLeast("video-len", 0);
        try {
            return new PropagationSettings(videoLen, config.getIntAtLeast("topk", 1), config.getPositive("radius"),
                    config.getPositive("temperature"), longMemory, config.getBoolean("norm-mask"));
        } catch (IllegalArgumentException e) {
            throw config.error("long-mem", e.getMessage());
        }
    }

    /** {@code crop-size}, {@code l2-normalize}. */
    public static FrameInput input(ComponentConfig config) {
        int crop = config.getInt("crop-size");
        if (crop == 0 || crop < -1) {
            throw config.error("crop-size", "must be positive or -1 (the frames' own size), got " + crop);
        }
        return new FrameInput(crop, config.getBoolean("l2-normalize"));
    }

    /** {@code memory-limit}: a size such as {@code 16G}, or {@code auto}. */
    public static PropagationMemory memory(ComponentConfig config) {
        try {
            return PropagationMemory.parse(config.getString("memory-limit"), config.path() + ".memory-limit",
                    config.path() + ".video-len");
        } catch (IllegalArgumentException e) {
            throw config.error("memory-limit", "must be a size such as 16G, or auto; got '"
                    + config.getString("memory-limit") + "'");
        }
    }


    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
