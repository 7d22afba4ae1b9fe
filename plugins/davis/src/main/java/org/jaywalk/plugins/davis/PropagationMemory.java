package org.jaywalk.plugins.davis;

import java.util.Locale;
import java.util.Optional;
import org.jaywalk.framework.spi.MemorySize;

/**
 * The memory label propagation may use, and the check made before a video is propagated: when its
 * {@link PropagationFootprint estimated peak} exceeds the limit, propagation stops with one line saying how much it
 * needs and how to need less, instead of being killed by the kernel's OOM killer mid-run. The limit is given
 * ({@code --memory-limit 16G}, {@code memory-limit = 16G}) or automatic: what this process holds now plus the
 * machine's available memory ({@code MemAvailable}); where that is unknown, the JVM's maximum heap plus the free
 * physical memory.
 *
 * @param given the configured limit, or empty for the automatic one
 * @param setting how the user sets the limit, for the message ({@code --memory-limit}, {@code evaluation.memory-limit})
 * @param contextSetting how the user sets the context length ({@code --video-len}, {@code evaluation.video-len})
 */
public record PropagationMemory(Optional<MemorySize> given, String setting, String contextSetting) {

    /** The value that selects the automatic limit. */
    public static final String AUTO = "auto";

    /**
     * {@value #AUTO} or a size such as {@code 16G}.
     *
     * @throws IllegalArgumentException naming {@code setting} for anything else
     */
    public static PropagationMemory parse(String text, String setting, String contextSetting) {
        if (text.strip().equalsIgnoreCase(AUTO)) {
            return automatic(setting, contextSetting);
        }
        try {
            return new PropagationMemory(Optional.of(MemorySize.parse(text)), setting, contextSetting);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": " + e.getMessage() + " (or " + AUTO + ")", e);
        }
    }

    /** The automatic limit. */
    public static PropagationMemory automatic(String setting, String contextSetting) {
        return new PropagationMemory(Optional.empty(), setting, contextSetting);
    }

    /** The limit in force now. */
    MemorySize limit() {
        return given.orElseGet(PropagationMemory::automaticLimit);
    }

    /** @throws DavisDataException when {@code footprint} does not fit in the limit */
    void require(PropagationFootprint footprint) {
        MemorySize limit = limit();
        MemorySize peak = footprint.peak();
        if (peak.compareTo(limit) <= 0) {
            return;
        }
        StringBuilder ways = new StringBuilder();
        String frame = footprint.largestFrameWithin(limit);
        if (frame != null) {
            ways.append("downscale the frames to at most ").append(frame);
        }
        int context = footprint.longestContextWithin(limit);
        if (context >= 0 && context < footprint.contextLength()) {
            ways.append(ways.isEmpty() ? "" : ", or ").append("set ").append(contextSetting).append(" to ").append(context)
                    .append(" or less (each context frame needs ")
                    .append(new MemorySize(footprint.perContextFrame())).append(")");
        }
        ways.append(ways.isEmpty() ? "" : ", or ").append("raise ").append(setting).append(" if you know it fits");
        throw new DavisDataException(String.format(Locale.ROOT, "propagating %dx%d frames with %s %d needs about %s,"
                        + " more than the memory limit of %s (%s): %s", footprint.width(), footprint.height(),
                contextSetting, footprint.contextLength(), peak, limit, given.isPresent() ? setting
                        : "what this process holds plus the machine's available memory", ways));
    }

    private static MemorySize automaticLimit() {
        MemorySize available = MemorySize.physicalAvailable().orElse(new MemorySize(0));
        return MemorySize.resident().orElseGet(MemorySize::heapMax).plus(available);
    }
}
