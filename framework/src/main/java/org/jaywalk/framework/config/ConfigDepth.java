package org.jaywalk.framework.config;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * Keeps configurations shallow enough for the recursive code that parses, merges and checks them: objects and
 * lists nest at most {@value #MAX} levels deep, and deeper input is one {@link ConfigError}, never a
 * {@code StackOverflowError}.
 */
final class ConfigDepth {

    /** The deepest nesting of objects and lists accepted (real experiments use fewer than ten). */
    static final int MAX = 64;

    private ConfigDepth() {
    }

    /**
     * Runs {@code parse}, turning a stack overflow into a {@link ConfigError}.
     *
     * @param source what is parsed, the start of the message (e.g. {@code "cannot parse exp.conf"})
     */
    static <T> T parse(String source, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (StackOverflowError e) {
            throw tooDeep(source, "");
        }
    }

    /** @throws ConfigError when {@code value} nests objects or lists more than {@value #MAX} levels deep */
    static void check(ConfigValue value, String source) {
        record Level(ConfigValue value, int depth) {
        }
        Deque<Level> pending = new ArrayDeque<>();
        pending.push(new Level(value, 0));
        while (!pending.isEmpty()) {
            Level level = pending.pop();
            if (level.depth() > MAX) {
                int line = level.value().origin().lineNumber();
                throw tooDeep(source, line > 0 ? " (line " + line + ")" : "");
            }
            if (level.value() instanceof ConfigObject object) {
                object.values().forEach(v -> pending.push(new Level(v, level.depth() + 1)));
            } else if (level.value() instanceof ConfigList list) {
                list.forEach(v -> pending.push(new Level(v, level.depth() + 1)));
            }
        }
    }

    /** @throws ConfigError when the dotted {@code key} alone has more than {@value #MAX} levels */
    static void checkKey(String key, String source) {
        if (key.chars().filter(c -> c == '.').count() >= MAX) {
            throw tooDeep(source, "");
        }
    }

    private static ConfigError tooDeep(String source, String where) {
        return new ConfigError(source + ": objects or lists are nested more than " + MAX + " levels deep" + where
                + "; flatten the configuration");
    }
}
