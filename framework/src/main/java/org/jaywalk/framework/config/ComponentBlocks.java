package org.jaywalk.framework.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.ComponentFactory;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * The component blocks of an experiment: the top-level block of every extension point that has one (a single
 * block such as {@code walk}, or a list such as {@code listeners}) and the nested blocks components declare
 * ({@link ComponentFactory#components()}, e.g. {@code loss.inner}). Each block's {@code type} picks a factory
 * whose defaults become the block's reference: the keys it may hold, their types and default values.
 */
final class ComponentBlocks {

    /**
     * What the single blocks select.
     *
     * @param defaults every selected factory's defaults (nested ones inside their parents), at the blocks' paths
     * @param labels how messages name each block, e.g. {@code loss.inner (type = cycle-xent)}
     * @param types the selected type of every top-level single block, by extension point
     */
    record Selection(Config defaults, Map<String, String> labels, Map<ExtensionPoint<?>, String> types) {
    }

    private final FactoryLookup factories;

    ComponentBlocks(FactoryLookup factories) {
        this.factories = factories;
    }

    /** Extension points configured by one top-level block. */
    List<ExtensionPoint<?>> singleBlocks() {
        return factories.points().stream().filter(p -> p.configPath() != null && !p.list()).toList();
    }

    /** Extension points configured by a top-level list of blocks. */
    List<ExtensionPoint<?>> listBlocks() {
        return factories.points().stream().filter(p -> p.configPath() != null && p.list()).toList();
    }

    /** True when {@code key} lies inside a single component block (its keys are known once its type is). */
    boolean inside(String key) {
        return singleBlocks().stream().anyMatch(b -> key.startsWith(b.configPath() + "."));
    }

    /** {@code reference} with an empty (free-form) object at every single block's path. */
    Config withOpenBlocks(Config reference) {
        Config out = reference;
        for (ExtensionPoint<?> block : singleBlocks()) {
            out = out.withValue(block.configPath(), ConfigFactory.empty().root());
        }
        return out;
    }

    /** The selected factories' defaults of every single block present in {@code experiment}. */
    Selection select(Config experiment) {
        Config defaults = ConfigFactory.empty();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<ExtensionPoint<?>, String> types = new LinkedHashMap<>();
        for (ExtensionPoint<?> block : singleBlocks()) {
            String path = block.configPath();
            if (block.optional() && !experiment.hasPath(path)) {
                continue;
            }
            if (!experiment.hasPath(path)) {
                throw new ConfigError("missing block " + path + ": it needs at least " + block.typePath() + " ="
                        + known(block));
            }
            Config user = experiment.getConfig(path);
            ConfigValue type = typeOf(block, path, user, ConfigFactory.empty(), experiment.getValue(path));
            Config blockDefaults = defaultsOf(block, path, type, user, labels);
            types.put(block, (String) type.unwrapped());
            defaults = defaults.withValue(path, blockDefaults.root());
        }
        return new Selection(defaults, labels, types);
    }

    /**
     * Every element of every list block (e.g. {@code listeners}) merged over its factory's defaults and checked
     * against them; the list in {@code experiment} replaced by the merged elements.
     */
    Config completeLists(Config experiment) {
        Config out = experiment;
        for (ExtensionPoint<?> point : listBlocks()) {
            String path = point.configPath();
            if (!experiment.hasPath(path)) {
                continue;
            }
            List<ConfigValue> merged = new ArrayList<>();
            List<? extends ConfigValue> elements = experiment.getList(path);
            for (int i = 0; i < elements.size(); i++) {
                String elementPath = path + "[" + i + "]";
                if (!(elements.get(i) instanceof ConfigObject element)) {
                    throw new ConfigError(elementPath + " [" + elements.get(i).origin().description()
                            + "] must be a block { type = ... }, one of:" + known(point));
                }
                Config user = element.toConfig();
                Map<String, String> labels = new LinkedHashMap<>();
                ConfigValue type = typeOf(point, elementPath, user, ConfigFactory.empty(), element);
                Config defaults = defaultsOf(point, elementPath, type, user, labels).resolve();
                Config full = user.withFallback(defaults);
                new ReferenceCheck(labels, elementPath).check(full.root(), defaults.root());
                merged.add(full.root());
            }
            out = out.withValue(path, ConfigValueFactory.fromIterable(merged));
        }
        return out;
    }

    /**
     * The defaults of the factory {@code type} selects for {@code point}, with the defaults of its nested
     * component blocks (recursively) in place of the factory's own values for them.
     *
     * @param path the block's path, for messages
     * @param user the block as the experiment sets it (empty when only defaults set it)
     */
    private Config defaultsOf(ExtensionPoint<?> point, String path, ConfigValue type, Config user,
                              Map<String, String> labels) {
        String name = (String) type.unwrapped();
        ComponentFactory<?> factory;
        try {
            factory = factories.factoryFor(point, name);
        } catch (ConfigError e) {
            throw new ConfigError(path + "." + ExtensionPoint.TYPE_KEY + " = " + name + " ["
                    + type.origin().description() + "]: " + e.getMessage(), e);
        }
        labels.put(path, path + " (type = " + name + ")");
        Config defaults = parseDefaults(point, name, factory)
                .withValue(ExtensionPoint.TYPE_KEY, ConfigValueFactory.fromAnyRef(name, "the selected type"));
        for (Map.Entry<String, ExtensionPoint<?>> nested : factory.components().entrySet()) {
            String key = nested.getKey();
            String nestedPath = path + "." + key;
            Config nestedUser = user.hasPath(key) ? blockAt(user, key, nestedPath) : ConfigFactory.empty();
            Config nestedFactoryDefaults = defaults.hasPath(key) ? blockAt(defaults, key, nestedPath)
                    : ConfigFactory.empty();
            ConfigValue nestedType = typeOf(nested.getValue(), nestedPath, nestedUser, nestedFactoryDefaults,
                    user.hasPath(key) ? user.getValue(key) : type);
            defaults = defaults.withValue(key,
                    defaultsOf(nested.getValue(), nestedPath, nestedType, nestedUser, labels).root());
        }
        return defaults;
    }

    /** The block's {@code type}: the user's, else the parent factory's default; must be a name. */
    private ConfigValue typeOf(ExtensionPoint<?> point, String path, Config user, Config factoryDefaults,
                               ConfigValue where) {
        String key = ExtensionPoint.TYPE_KEY;
        ConfigValue type = user.hasPath(key) ? user.getValue(key)
                : factoryDefaults.hasPath(key) ? factoryDefaults.getValue(key) : null;
        if (type == null) {
            throw new ConfigError("block " + path + " [" + where.origin().description() + "] has no type: set "
                    + path + "." + key + " to" + known(point));
        }
        if (type.valueType() != ConfigValueType.STRING) {
            throw new ConfigError(path + "." + key + " [" + type.origin().description() + "] must be a name,"
                    + known(point));
        }
        return type;
    }

    private static Config blockAt(Config config, String key, String path) {
        ConfigValue value = config.getValue(key);
        if (!(value instanceof ConfigObject object)) {
            throw new ConfigError(path + " [" + value.origin().description() + "] must be a block { type = ... }");
        }
        return object.toConfig();
    }

    private String known(ExtensionPoint<?> point) {
        return " one of: " + String.join(", ", factories.names(point));
    }

    private static Config parseDefaults(ExtensionPoint<?> point, String type, ComponentFactory<?> factory) {
        String origin = "defaults of " + point + " '" + type + "' (" + factory.getClass().getName() + ")";
        try {
            return ConfigFactory.parseString(factory.defaults(), ConfigParseOptions.defaults().setOriginDescription(origin));
        } catch (ConfigException e) {
            throw new IllegalStateException("invalid HOCON in the " + origin + ": " + e.getMessage(), e);
        }
    }
}
