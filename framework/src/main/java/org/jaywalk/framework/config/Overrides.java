package org.jaywalk.framework.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.util.ArrayList;
import java.util.List;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * Hydra-style command-line overrides: {@code key=value}, the value parsed as HOCON
 * ({@code walk.temperature=0.07}, {@code model.encoder.remove-layers=[layer4]}). A key must already exist
 * in the experiment; {@code +key=value} adds a new one.
 */
public final class Overrides {

    /** One override. */
    public record Override(String key, ConfigValue value, boolean addsKey, String text) {
    }

    private final List<Override> items;

    private Overrides(List<Override> items) {
        this.items = List.copyOf(items);
    }

    /** Parses {@code key=value} arguments; later ones win. */
    public static Overrides parse(List<String> arguments) {
        List<Override> items = new ArrayList<>();
        for (String argument : arguments) {
            items.add(parseOne(argument));
        }
        return new Overrides(items);
    }

    private static Override parseOne(String argument) {
        int eq = argument.indexOf('=');
        boolean adds = argument.startsWith("+");
        String key = eq < 0 ? "" : argument.substring(adds ? 1 : 0, eq).trim();
        if (key.isEmpty()) {
            throw new ConfigError("override '" + argument + "' must look like key=value (or +key=value to add a key)");
        }
        String origin = "command-line override '" + argument + "'";
        String source = "override '" + abbreviated(argument) + "'";
        ConfigValue value = ConfigDepth.parse(source, () -> parseValue(argument.substring(eq + 1), origin));
        ConfigDepth.checkKey(key, source);
        ConfigDepth.check(value, source);
        try {
            ConfigFactory.empty().withValue(key, value);
        } catch (ConfigException e) {
            throw new ConfigError("override '" + argument + "': '" + key + "' is not a valid key path");
        }
        return new Override(key, value, adds, argument);
    }

    /** The value as HOCON, else as a plain string (e.g. a Windows path), with the override as its origin. */
    private static ConfigValue parseValue(String text, String origin) {
        ConfigValue value;
        try {
            value = ConfigFactory.parseString("v = " + text, ConfigParseOptions.defaults().setOriginDescription(origin))
                    .root().get("v");
        } catch (ConfigException e) {
            value = null;
        }
        if (value == null) {
            value = ConfigValueFactory.fromAnyRef(text, origin);
        }
        return value.withOrigin(value.origin().withLineNumber(-1)); // "override 'k=v'", not "override 'k=v': 1"
    }

    private static String abbreviated(String argument) {
        return argument.length() <= 80 ? argument : argument.substring(0, 77) + "...";
    }

    public List<Override> items() {
        return items;
    }

    /** The overrides as one config (later arguments win). */
    public Config asConfig() {
        Config merged = ConfigFactory.empty();
        for (Override o : items) {
            merged = ConfigFactory.empty().withValue(o.key(), o.value()).withFallback(merged);
        }
        return merged;
    }
}
