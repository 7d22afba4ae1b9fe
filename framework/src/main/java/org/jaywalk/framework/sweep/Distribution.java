package org.jaywalk.framework.sweep;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * Where a random search draws one parameter from: {@code { uniform = [a, b] }}, {@code { log-uniform = [a, b] }},
 * {@code { int-uniform = [a, b] }} (both ends included) or {@code { choice = [v1, v2, ...] }}. Real numbers are
 * rounded to 4 significant digits, so a point's override, folder name and manifest entry all read the same.
 */
sealed interface Distribution {

    /** The keywords that mark an object as a distribution. */
    Set<String> KINDS = Set.of("uniform", "log-uniform", "int-uniform", "choice");

    /** Draws one value. */
    ConfigValue sample(Random random);

    /** Reads {@code { <kind> = [...] }}; {@code path} names it in errors. */
    static Distribution parse(String path, ConfigObject spec) {
        if (spec.size() != 1 || !KINDS.contains(spec.keySet().iterator().next())) {
            throw new ConfigError(path + " [" + spec.origin().description() + "] must be one of { uniform = [a, b] },"
                    + " { log-uniform = [a, b] }, { int-uniform = [a, b] }, { choice = [values] }");
        }
        String kind = spec.keySet().iterator().next();
        ConfigValue arguments = spec.get(kind);
        if (!(arguments instanceof ConfigList list) || list.isEmpty()) {
            throw new ConfigError(path + "." + kind + " [" + arguments.origin().description() + "] must be a non-empty list");
        }
        return switch (kind) {
            case "choice" -> new Choice(List.copyOf(list));
            case "uniform" -> { double[] r = range(path + "." + kind, list); yield new Uniform(r[0], r[1]); }
            case "log-uniform" -> {
                double[] r = range(path + "." + kind, list);
                if (r[0] <= 0) {
                    throw new ConfigError(path + ".log-uniform [" + list.origin().description() + "] needs positive bounds");
                }
                yield new LogUniform(r[0], r[1]);
            }
            default -> { double[] r = range(path + "." + kind, list); yield new IntUniform((long) r[0], (long) r[1]); }
        };
    }

    private static double[] range(String path, ConfigList list) {
        if (list.size() != 2 || list.stream().anyMatch(v -> v.valueType() != ConfigValueType.NUMBER)) {
            throw new ConfigError(path + " [" + list.origin().description() + "] must be [low, high], two numbers");
        }
        double low = ((Number) list.get(0).unwrapped()).doubleValue();
        double high = ((Number) list.get(1).unwrapped()).doubleValue();
        if (low > high) {
            throw new ConfigError(path + " [" + list.origin().description() + "] has low > high");
        }
        return new double[] {low, high};
    }

    /** A number rounded to 4 significant digits, as HOCON (e.g. {@code 0.0003162}, {@code 3.162E-7}). */
    private static ConfigValue rounded(double x) {
        String text = new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toString();
        return ConfigFactory.parseString("v = " + text).getValue("v");
    }

    /** Uniform in [low, high]. */
    record Uniform(double low, double high) implements Distribution {
        @Override
        public ConfigValue sample(Random random) {
            return rounded(low + random.nextDouble() * (high - low));
        }
    }

    /** Log-uniform in [low, high] (learning rates, temperatures). */
    record LogUniform(double low, double high) implements Distribution {
        @Override
        public ConfigValue sample(Random random) {
            return rounded(Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low))));
        }
    }

    /** A whole number in [low, high], both included. */
    record IntUniform(long low, long high) implements Distribution {
        @Override
        public ConfigValue sample(Random random) {
            return ConfigFactory.parseString("v = " + (low + (long) Math.floor(random.nextDouble() * (high - low + 1))))
                    .getValue("v");
        }
    }

    /** One of the listed values. */
    record Choice(List<ConfigValue> values) implements Distribution {
        @Override
        public ConfigValue sample(Random random) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
