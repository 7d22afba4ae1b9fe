package org.jaywalk.framework.sweep;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * The settings a sweep tries, from its {@code explicit}, {@code grid} and {@code random} sections. Each section
 * gives a list of settings (sets of assignments); the sweep's points are the product of the sections present,
 * in that order (explicit outermost, random innermost): e.g. two explicit sets times a 3 x 2 grid is 12 points.
 * <ul>
 *   <li>{@code grid { "walk.temperature" = [0.03, 0.05], "walk.edge-dropout" = [0, 0.1] }}: every combination,
 *       keys in alphabetical order, the first key varying slowest;</li>
 *   <li>{@code random { samples = N, seed = S, params { "optimizer.lr" = { log-uniform = [1e-5, 1e-3] } } }}:
 *       N draws, the same for the same seed;</li>
 *   <li>{@code explicit = [ { "walk.type" = flip }, [ "walk.type=palindrome", "walk.temperature=0.1" ] ]}: the
 *       listed sets, as objects or as lists of {@code key=value} overrides.</li>
 * </ul>
 * A key may appear in one section only.
 */
final class SweepSpace {

    private final List<List<List<Assignment>>> sections;

    private SweepSpace(List<List<List<Assignment>>> sections) {
        this.sections = sections;
    }

    /** Reads the sections of a {@code sweep} block. */
    static SweepSpace parse(Config sweep) {
        List<List<List<Assignment>>> sections = new ArrayList<>();
        if (sweep.hasPath("explicit")) {
            sections.add(explicit(sweep.getValue("explicit")));
        }
        if (sweep.hasPath("grid")) {
            sections.add(grid(object(sweep, "grid", "sweep.grid")));
        }
        if (sweep.hasPath("random")) {
            sections.add(random(object(sweep, "random", "sweep.random")));
        }
        if (sections.isEmpty()) {
            throw new ConfigError("the sweep block [" + sweep.origin().description()
                    + "] needs at least one of sweep.grid, sweep.random, sweep.explicit");
        }
        checkDisjoint(sections);
        return new SweepSpace(sections);
    }

    /** Every point's assignments, in sweep order. */
    List<List<Assignment>> settings() {
        List<List<Assignment>> points = List.of(List.of());
        for (List<List<Assignment>> section : sections) {
            points = product(points, section);
        }
        return points;
    }

    /** Every key the sweep sets. */
    Set<String> keys() {
        Set<String> keys = new HashSet<>();
        sections.forEach(s -> s.forEach(set -> set.forEach(a -> keys.add(a.key()))));
        return keys;
    }

    private static List<List<Assignment>> grid(ConfigObject grid) {
        List<List<Assignment>> points = List.of(List.of());
        for (Map.Entry<String, ConfigValue> axis : SweepKeys.flatten(grid, o -> false).entrySet()) {
            if (!(axis.getValue() instanceof ConfigList values) || values.isEmpty()) {
                throw new ConfigError("sweep.grid." + axis.getKey() + " [" + axis.getValue().origin().description()
                        + "] must be a non-empty list of values");
            }
            points = product(points, values.stream().map(v -> List.of(Assignment.of(axis.getKey(), v))).toList());
        }
        return points;
    }

    private static List<List<Assignment>> random(ConfigObject randomObject) {
        Config random = randomObject.toConfig();
        Set<String> unknown = new HashSet<>(random.root().keySet());
        unknown.removeAll(Set.of("samples", "seed", "params"));
        if (!unknown.isEmpty()) {
            throw new ConfigError("unknown key sweep.random." + unknown.iterator().next() + " [" + randomObject.origin().description()
                    + "]; sweep.random takes samples, seed, params");
        }
        int samples = read(() -> random.getInt("samples"), "sweep.random.samples", randomObject);
        long seed = random.hasPath("seed") ? read(() -> random.getLong("seed"), "sweep.random.seed", randomObject) : 0;
        if (samples < 1) {
            throw new ConfigError("sweep.random.samples [" + random.getValue("samples").origin().description() + "] must be 1 or more");
        }
        Map<String, Distribution> params = new LinkedHashMap<>();
        if (!random.hasPath("params")) {
            throw new ConfigError("sweep.random [" + randomObject.origin().description() + "] needs params { <key> = <distribution> }");
        }
        SweepKeys.flatten(object(random, "params", "sweep.random.params"), o -> o.keySet().stream().anyMatch(Distribution.KINDS::contains))
                .forEach((key, spec) -> {
                    if (!(spec instanceof ConfigObject o)) {
                        throw new ConfigError("sweep.random.params." + key + " [" + spec.origin().description()
                                + "] must be a distribution: { uniform = [a, b] }, { log-uniform = [a, b] },"
                                + " { int-uniform = [a, b] } or { choice = [values] }");
                    }
                    params.put(key, Distribution.parse("sweep.random.params." + key, o));
                });
        Random rng = new Random(seed);
        List<List<Assignment>> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            List<Assignment> point = new ArrayList<>();
            params.forEach((key, distribution) -> point.add(Assignment.of(key, distribution.sample(rng))));
            points.add(point);
        }
        return points;
    }

    private static List<List<Assignment>> explicit(ConfigValue value) {
        if (!(value instanceof ConfigList sets)) {
            throw new ConfigError("sweep.explicit [" + value.origin().description() + "] must be a list of override sets");
        }
        List<List<Assignment>> points = new ArrayList<>();
        for (ConfigValue set : sets) {
            List<Assignment> point = new ArrayList<>();
            if (set instanceof ConfigObject object) {
                SweepKeys.flatten(object, o -> false).forEach((k, v) -> point.add(Assignment.of(k, v)));
            } else if (set instanceof ConfigList overrides
                    && overrides.stream().allMatch(o -> o.valueType() == ConfigValueType.STRING)) {
                overrides.forEach(o -> point.add(Assignment.parse((String) o.unwrapped())));
            } else {
                throw new ConfigError("sweep.explicit [" + set.origin().description() + "]: each set must be an object"
                        + " { key = value, ... } or a list of \"key=value\" overrides");
            }
            points.add(point);
        }
        return points;
    }

    private static List<List<Assignment>> product(List<List<Assignment>> left, List<List<Assignment>> right) {
        List<List<Assignment>> out = new ArrayList<>();
        for (List<Assignment> a : left) {
            for (List<Assignment> b : right) {
                List<Assignment> both = new ArrayList<>(a);
                both.addAll(b);
                out.add(List.copyOf(both));
            }
        }
        return out;
    }

    private static void checkDisjoint(List<List<List<Assignment>>> sections) {
        Map<String, Integer> owner = new LinkedHashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            for (List<Assignment> set : sections.get(i)) {
                for (Assignment a : set) {
                    Integer previous = owner.putIfAbsent(a.key(), i);
                    if (previous != null && previous != i) {
                        throw new ConfigError("the sweep sets " + a.key() + " in two sections: a key may be swept by"
                                + " one of explicit, grid, random only");
                    }
                }
            }
        }
    }

    private static ConfigObject object(Config config, String key, String label) {
        ConfigValue value = config.getValue(key);
        if (!(value instanceof ConfigObject object)) {
            throw new ConfigError(label + " [" + value.origin().description() + "] must be an object { ... }");
        }
        return object;
    }

    private static <T> T read(java.util.function.Supplier<T> getter, String key, ConfigObject where) {
        try {
            return getter.get();
        } catch (ConfigException e) {
            throw new ConfigError(key + " [" + where.origin().description() + "]: " + e.getMessage(), e);
        }
    }
}
