package org.jaywalk.framework.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jaywalk.framework.io.WeightFormat;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * {@code model.init-from}: the weights a fresh run starts from. Either a file name, or a block
 * {@code { file = ..., format = auto|jaywalk|videowalk|torchvision|moco, optimizer = false }}.
 *
 * @param file the weights file
 * @param format how its names map onto Jaywalk's ({@link WeightFormat})
 * @param optimizer also restore the optimizer state and the epoch (a videowalk {@code checkpoint.pth})
 */
public record InitFrom(Path file, WeightFormat format, boolean optimizer) {

    /** The key. */
    public static final String KEY = "model.init-from";

    private static final Set<String> KEYS = Set.of("file", "format", "optimizer");

    /** Reads {@value #KEY} of a resolved experiment; empty when it is null. */
    static Optional<InitFrom> from(Config config, long seed) {
        if (config.getIsNull(KEY)) {
            return Optional.empty();
        }
        if (config.getValue(KEY).valueType() != ConfigValueType.OBJECT) {
            return Optional.of(new InitFrom(Path.of(config.getString(KEY)), WeightFormat.AUTO, false));
        }
        Config raw = config.getConfig(KEY);
        Set<String> unknown = new TreeSet<>(raw.root().keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new ConfigError("unknown key " + KEY + "." + unknown.iterator().next() + " ["
                    + raw.getValue(unknown.iterator().next()).origin().description() + "]; valid keys of " + KEY
                    + ": " + new TreeSet<>(KEYS));
        }
        // no withFallback: an object set over the null default ignores fallbacks
        ComponentConfig block = new ComponentConfig(KEY, raw, seed);
        WeightFormat format = block.has("format")
                ? WeightFormat.parse(block.getChoice("format", new TreeSet<>(WeightFormat.names()))) : WeightFormat.AUTO;
        return Optional.of(new InitFrom(Path.of(block.getString("file")), format,
                block.has("optimizer") && block.getBoolean("optimizer")));
    }
}
