package org.jaywalk.framework.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * Loads an experiment: the HOCON file (with {@code include}s relative to it), then command-line
 * overrides, over the defaults of the factories its blocks select and the framework's defaults
 * ({@code jaywalk-defaults.conf}); resolves substitutions and validates every key against those defaults.
 * Every problem is a {@link ConfigError} naming the key and the file line it came from.
 */
public final class ExperimentLoader {

    /** The classpath resource holding the framework-owned keys and their defaults. */
    public static final String DEFAULTS_RESOURCE = "jaywalk-defaults.conf";

    private final FactoryLookup factories;

    public ExperimentLoader(FactoryLookup factories) {
        this.factories = factories;
    }

    /** Loads {@code file} with {@code key=value} overrides applied. */
    public ResolvedExperiment load(Path file, List<String> overrideArguments) {
        return load(file, parseFile(file), overrideArguments);
    }

    /**
     * Loads an experiment already parsed (e.g. a sweep's base experiment) with {@code key=value} overrides.
     *
     * @param file where it came from: names the experiment when {@code experiment.name} is unset
     * @param parsed the experiment as parsed, includes merged, substitutions not yet resolved
     */
    public ResolvedExperiment load(Path file, Config parsed, List<String> overrideArguments) {
        Overrides overrides = Overrides.parse(overrideArguments);
        ComponentBlocks blocks = new ComponentBlocks(factories);
        Config fromFile = withSwitchedTypes(parsed, overrides);
        Config frameworkDefaults = frameworkDefaults();
        Config user = withoutDisabledBlocks(overrides.asConfig().withFallback(fromFile), blocks);

        // framework keys first: component blocks are only known once their types are
        Config frameworkReference = blocks.withOpenBlocks(frameworkDefaults);
        checkOverridesExist(overrides.items().stream().filter(o -> !blocks.inside(o.key())).toList(), fromFile,
                frameworkReference);
        Config preliminary = resolve(user.withFallback(frameworkDefaults));
        new ReferenceCheck(Map.of()).check(preliminary.root(), frameworkReference.root());
        ComponentBlocks.Selection selection = blocks.select(preliminary);

        Config reference = resolve(selection.defaults().withFallback(frameworkDefaults));
        checkOverridesExist(overrides.items(), fromFile, reference);
        Config full = withDefaultName(resolve(user.withFallback(reference)), file);
        new ReferenceCheck(selection.labels()).check(full.root(), reference.root());
        checkEvalEncoder(full, reference, selection);
        return new ResolvedExperiment(blocks.completeLists(full), file);
    }

    /**
     * Hydra's group switch: an override that gives a component block (top-level or nested) another
     * {@code type} (e.g. {@code schedule.type=constant}) starts that block afresh, so the file's settings for the
     * old type do not leak into the new one; the block then holds the new type's defaults plus the block's own
     * overrides.
     */
    private static Config withSwitchedTypes(Config fromFile, Overrides overrides) {
        Config out = fromFile;
        String suffix = "." + ExtensionPoint.TYPE_KEY;
        for (Overrides.Override o : overrides.items()) {
            if (o.key().endsWith(suffix) && exists(fromFile, o.key())
                    && !o.value().unwrapped().equals(fromFile.getValue(o.key()).unwrapped())) {
                String block = o.key().substring(0, o.key().length() - suffix.length());
                out = out.withoutPath(block);
                if (block.equals(ExtensionPoint.ENCODER.configPath())) {
                    out = out.withoutPath(ResolvedExperiment.EVAL_ENCODER);
                }
            }
        }
        return out;
    }

    /** Drops the optional blocks set to {@code null} (e.g. the override {@code evaluation=null}): as if absent. */
    private static Config withoutDisabledBlocks(Config user, ComponentBlocks blocks) {
        Config out = user;
        for (ExtensionPoint<?> block : blocks.singleBlocks()) {
            if (block.optional() && exists(user, block.configPath()) && isNull(user, block.configPath())) {
                out = out.withoutPath(block.configPath());
            }
        }
        return out;
    }

    private static boolean isNull(Config config, String path) {
        try {
            return config.getIsNull(path);
        } catch (ConfigException e) {
            return false; // an unresolved substitution: not a literal null
        }
    }

    /** The framework's defaults ({@value #DEFAULTS_RESOURCE}). */
    public static Config frameworkDefaults() {
        Config defaults = ConfigFactory.parseResources(ExperimentLoader.class.getClassLoader(), DEFAULTS_RESOURCE);
        if (defaults.isEmpty()) {
            throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the framework jar");
        }
        return defaults;
    }

    /**
     * An experiment and its overrides merged and resolved as far as possible, without defaults or checks: what
     * is needed before the plugins are known (the {@code plugins} block). Invalid input is left to {@link #load}.
     */
    public static Config preview(Config parsed, List<String> overrideArguments) {
        try {
            return Overrides.parse(overrideArguments).asConfig().withFallback(parsed)
                    .resolve(ConfigResolveOptions.defaults().setAllowUnresolved(true));
        } catch (ConfigException | ConfigError e) {
            return ConfigFactory.empty();
        }
    }

    /** Parses an experiment file (includes relative to it), without resolving substitutions. */
    public static Config parseFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigError("experiment file not found: " + file);
        }
        try {
            // absolute, so that includes resolve against the file's folder even for a bare file name
            String source = "cannot parse " + file;
            Config parsed = ConfigDepth.parse(source, () -> ConfigFactory.parseFile(file.toAbsolutePath().toFile(),
                    ConfigParseOptions.defaults().setAllowMissing(false).setIncluder(new RequiredIncludes())));
            ConfigDepth.check(parsed.root(), source);
            return parsed;
        } catch (ConfigException e) {
            throw new ConfigError("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code model.eval-encoder} may only hold keys (of the right types) that the encoder's factory knows. */
    private static void checkEvalEncoder(Config full, Config fullReference, ComponentBlocks.Selection selection) {
        String evalEncoder = ResolvedExperiment.EVAL_ENCODER;
        Config actual = ConfigFactory.empty().withValue(evalEncoder, full.getValue(evalEncoder));
        Config reference = ConfigFactory.empty().withValue(evalEncoder,
                fullReference.getValue(ExtensionPoint.ENCODER.configPath()));
        String label = evalEncoder + " (settings of model.encoder, type = " + selection.types().get(ExtensionPoint.ENCODER)
                + ")";
        new ReferenceCheck(Map.of(evalEncoder, label)).check(actual.root(), reference.root());
    }

    private static Config resolve(Config config) {
        try {
            return config.resolve();
        } catch (ConfigException e) {
            throw new ConfigError(e.getMessage(), e);
        }
    }

    private static void checkOverridesExist(List<Overrides.Override> overrides, Config fromFile, Config reference) {
        for (Overrides.Override o : overrides) {
            if (o.addsKey() || exists(fromFile, o.key()) || exists(reference, o.key()) || inFreeFormMap(reference, o.key())) {
                continue;
            }
            List<String> known = new ArrayList<>();
            collectPaths(reference.root(), List.of(), known);
            collectPaths(fromFile.root(), List.of(), known);
            String hint = ClosestMatches.hint(o.key(), known.stream().distinct().toList());
            throw new ConfigError("override '" + o.text() + "': key " + o.key() + " does not exist in the experiment"
                    + (hint.isEmpty() ? "; write +" + o.text() + " to add a new key" : hint));
        }
    }

    private static boolean exists(Config config, String path) {
        try {
            return config.hasPathOrNull(path);
        } catch (ConfigException e) {
            return true; // the path goes through an unresolved substitution: leave it to the full check
        }
    }

    /** True when a parent of {@code path} is an empty object in the reference: a map that takes any key. */
    private static boolean inFreeFormMap(Config reference, String path) {
        List<String> parts = ConfigUtil.splitPath(path);
        for (int n = 1; n < parts.size(); n++) {
            String parent = ConfigUtil.joinPath(parts.subList(0, n));
            if (exists(reference, parent) && reference.getValue(parent) instanceof ConfigObject o && o.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void collectPaths(ConfigObject object, List<String> parent, List<String> out) {
        for (Map.Entry<String, ConfigValue> e : object.entrySet()) {
            List<String> path = new ArrayList<>(parent);
            path.add(e.getKey());
            out.add(ConfigUtil.joinPath(path));
            if (e.getValue() instanceof ConfigObject child) {
                collectPaths(child, path, out);
            }
        }
    }

    private static Config withDefaultName(Config config, Path file) {
        if (!config.getIsNull("experiment.name")) {
            return config;
        }
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String name = dot > 0 ? fileName.substring(0, dot) : fileName;
        return config.withValue("experiment.name", ConfigValueFactory.fromAnyRef(name, "the experiment file's name"));
    }
}
