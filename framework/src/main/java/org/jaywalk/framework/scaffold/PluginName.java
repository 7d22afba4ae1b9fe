package org.jaywalk.framework.scaffold;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The name of a new plugin, which is also the {@code type} name of its component: lowercase letters, digits and
 * dashes, starting with a letter ({@code my-walk}). Its Java forms name the classes and the default package.
 *
 * @param value the name as given
 */
public record PluginName(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** @throws IllegalArgumentException saying what a valid name looks like */
    public PluginName {
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("plugin name '" + value + "' must be lowercase letters, digits and"
                    + " single dashes, starting with a letter (e.g. my-walk)");
        }
    }

    /** The class-name stem, {@code MyWalk} for {@code my-walk}. */
    public String className() {
        return Arrays.stream(value.split("-"))
                .map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1))
                .collect(Collectors.joining());
    }

    /** {@code org.example.mywalk} for {@code my-walk}. */
    public String defaultPackage() {
        return "org.example." + value.replace("-", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
