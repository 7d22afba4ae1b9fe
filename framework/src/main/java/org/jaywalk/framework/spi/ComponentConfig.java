package org.jaywalk.framework.spi;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValueType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * A component's resolved config block with typed accessors whose errors name the full key and the file
 * line it came from.
 */
public final class ComponentConfig {

    private final String path;
    private final Config block;
    private final long seed;
    private final ComponentBuilder builder;

    /**
     * A block without access to other components ({@link #component} fails).
     *
     * @param path the block's path in the experiment, e.g. {@code model.encoder}
     * @param block the block, defaults merged
     * @param seed the experiment seed, for components that draw random numbers
     */
    public ComponentConfig(String path, Config block, long seed) {
        this(path, block, seed, null);
    }

    /** @param builder builds the nested components of the block ({@link #component}) */
    public ComponentConfig(String path, Config block, long seed, ComponentBuilder builder) {
        this.path = path;
        this.block = block;
        this.seed = seed;
        this.builder = builder;
    }

    /** The same block, its nested components built by {@code componentBuilder}. */
    public ComponentConfig withBuilder(ComponentBuilder componentBuilder) {
        return new ComponentConfig(path, block, seed, componentBuilder);
    }

    /**
     * Builds the component of {@code point} configured in the nested block {@code key} (declared in the
     * factory's {@link ComponentFactory#components()}, so the framework has already validated it).
     */
    public <T, F extends ComponentFactory<T>> T component(String key, ExtensionPoint<F> point) {
        if (!block.hasPath(key) || !block.getValue(key).valueType().equals(ConfigValueType.OBJECT)) {
            throw error(key, "must be a block { type = ... } holding a " + point);
        }
        if (builder == null) {
            throw new IllegalStateException(path + "." + key + ": this block was made without a component builder");
        }
        return builder.create(point, new ComponentConfig(path + "." + key, block.getConfig(key), seed, builder));
    }

    /** The block's dotted path in the experiment. */
    public String path() {
        return path;
    }

    /** The raw Typesafe block, for components with nested structure. */
    public Config raw() {
        return block;
    }

    /** The experiment's seed ({@code experiment.seed}). */
    public long seed() {
        return seed;
    }

    public boolean has(String key) {
        return block.hasPath(key);
    }

    public boolean isNull(String key) {
        return block.hasPathOrNull(key) && block.getIsNull(key);
    }

    public int getInt(String key) {
        return read(key, () -> block.getInt(key));
    }

    public long getLong(String key) {
        return read(key, () -> block.getLong(key));
    }

    public double getDouble(String key) {
        return read(key, () -> block.getDouble(key));
    }

    public boolean getBoolean(String key) {
        return read(key, () -> block.getBoolean(key));
    }

    public String getString(String key) {
        return read(key, () -> block.getString(key));
    }

    public List<Integer> getIntList(String key) {
        return read(key, () -> block.getIntList(key));
    }

    public List<Double> getDoubleList(String key) {
        return read(key, () -> block.getDoubleList(key));
    }

    public List<String> getStringList(String key) {
        return read(key, () -> block.getStringList(key));
    }

    /** A string that must be one of {@code allowed} (compared case-insensitively, returned lower-case). */
    public String getChoice(String key, Set<String> allowed) {
        String value = getString(key).toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw error(key, "must be one of " + allowed + ", got '" + value + "'");
        }
        return value;
    }

    /** A number that must lie in [min, max] (NaN never does). */
    public double getDoubleInRange(String key, double min, double max) {
        double v = getDouble(key);
        if (!(v >= min && v <= max)) {
            throw error(key, "must be in [" + min + ", " + max + "], got " + v);
        }
        return v;
    }

    /** A finite number greater than 0 (a learning rate, a temperature, ...). */
    public double getPositive(String key) {
        double v = getDouble(key);
        if (!(v > 0 && Double.isFinite(v))) {
            throw error(key, "must be a finite number greater than 0, got " + v);
        }
        return v;
    }

    /** An integer that must be at least {@code min}. */
    public int getIntAtLeast(String key, int min) {
        int v = getInt(key);
        if (v < min) {
            throw error(key, "must be at least " + min + ", got " + v);
        }
        return v;
    }

    /** A list {@code [min, max]} with {@code lowest <= min <= max <= highest}. */
    public Range getRange(String key, double lowest, double highest) {
        List<Double> values = getDoubleList(key);
        if (values.size() != 2) {
            throw error(key, "must be a list [min, max], got " + values);
        }
        double min = values.get(0);
        double max = values.get(1);
        if (!(lowest <= min && min <= max && max <= highest)) {
            throw error(key, "must satisfy " + lowest + " <= min <= max <= " + highest + ", got " + values);
        }
        return new Range(min, max);
    }

    /** An error about {@code key} in this block, naming its full path and origin. */
    public ConfigError error(String key, String problem) {
        String origin = block.hasPath(key) ? block.getValue(key).origin().description() : "(not set)";
        return new ConfigError(path + "." + key + " " + problem + " [" + origin + "]");
    }

    private <T> T read(String key, java.util.function.Supplier<T> getter) {
        try {
            return getter.get();
        } catch (ConfigException.Missing e) {
            throw new ConfigError("missing required key " + path + "." + key + " (" + e.getMessage() + ")");
        } catch (ConfigException e) {
            throw new ConfigError("bad value for " + path + "." + key + ": " + e.getMessage());
        }
    }
}
