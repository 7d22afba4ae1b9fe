package org.jaywalk.framework.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigIncludeContext;
import com.typesafe.config.ConfigIncluder;
import com.typesafe.config.ConfigIncluderClasspath;
import com.typesafe.config.ConfigIncluderFile;
import com.typesafe.config.ConfigIncluderURL;
import com.typesafe.config.ConfigObject;
import java.io.File;
import java.net.URL;
import java.util.function.Supplier;

/**
 * Makes every {@code include} of an experiment required. Typesafe Config ignores a missing file unless the include
 * says {@code include required(...)}, so a misspelled include would silently drop its settings; here each kind of
 * include ({@code "x"}, {@code file(...)}, {@code url(...)}, {@code classpath(...)}) is handed to the default
 * includer with missing files not allowed.
 */
final class RequiredIncludes implements ConfigIncluder, ConfigIncluderFile, ConfigIncluderURL, ConfigIncluderClasspath {

    /** The default includer, which implements every kind of include; null until Typesafe Config sets it. */
    private final ConfigIncluder fallback;

    RequiredIncludes() {
        this(null);
    }

    private RequiredIncludes(ConfigIncluder fallback) {
        this.fallback = fallback;
    }

    @Override
    public ConfigIncluder withFallback(ConfigIncluder next) {
        return next == fallback ? this : new RequiredIncludes(next);
    }

    @Override
    public ConfigObject include(ConfigIncludeContext context, String what) {
        return required("\"" + what + "\"", () -> fallback.include(required(context), what));
    }

    @Override
    public ConfigObject includeFile(ConfigIncludeContext context, File what) {
        return required("file(\"" + what + "\")",
                () -> ((ConfigIncluderFile) fallback).includeFile(required(context), what));
    }

    @Override
    public ConfigObject includeURL(ConfigIncludeContext context, URL what) {
        return required("url(\"" + what + "\")",
                () -> ((ConfigIncluderURL) fallback).includeURL(required(context), what));
    }

    @Override
    public ConfigObject includeResources(ConfigIncludeContext context, String what) {
        return required("classpath(\"" + what + "\")",
                () -> ((ConfigIncluderClasspath) fallback).includeResources(required(context), what));
    }

    private static ConfigIncludeContext required(ConfigIncludeContext context) {
        return context.setParseOptions(context.parseOptions().setAllowMissing(false));
    }

    /** Words a missing include for people: Typesafe Config's message lists every class-path lookup it tried. */
    private static ConfigObject required(String include, Supplier<ConfigObject> parse) {
        try {
            return parse.get();
        } catch (ConfigException.IO e) {
            throw new ConfigException.Generic("include " + include + " cannot be read: there is no such file beside"
                    + " the including file (nor on the class path), or it is unreadable; fix the name or remove the"
                    + " include", e);
        }
    }
}
