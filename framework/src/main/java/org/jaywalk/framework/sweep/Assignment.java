package org.jaywalk.framework.sweep;

import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import java.util.List;
import org.jaywalk.framework.config.Overrides;

/**
 * One swept setting of a point: an experiment key and its value, usable as a {@code key=value} override.
 *
 * @param key the experiment key, e.g. {@code walk.temperature}
 * @param value the value as HOCON text, e.g. {@code 0.05} or {@code "flip"}
 * @param plain the value as a plain Java value (number, string, boolean, list), for the manifest and reports
 */
public record Assignment(String key, String value, Object plain) {

    /** From a parsed HOCON value. */
    public static Assignment of(String key, ConfigValue value) {
        return new Assignment(key, value.render(ConfigRenderOptions.concise()), value.unwrapped());
    }

    /** From an override {@code key=value} as written on the command line. */
    public static Assignment parse(String override) {
        Overrides.Override o = Overrides.parse(List.of(override)).items().get(0);
        return of(o.key(), o.value());
    }

    /** {@code key=value}, as {@code jaywalk train} takes it. */
    public String override() {
        return key + "=" + value;
    }

    /** The value for a folder name or a table: strings without quotes. */
    public String text() {
        return plain instanceof String s ? s : value;
    }

    /** True for a number, which can be plotted on an axis. */
    public boolean numeric() {
        return plain instanceof Number;
    }
}
