package org.jaywalk.framework.spi.config;

import com.typesafe.config.Config;
import java.nio.file.Path;
import java.util.List;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.ExtensionPoint;

/**
 * A resolved experiment as a plugin sees it: includes, overrides and every component's defaults merged and
 * validated; the exact configuration a run uses.
 */
public interface Experiment {

    /** The whole resolved configuration. */
    Config config();

    /** The experiment file it was loaded from. */
    Path source();

    /** {@code experiment.seed}. */
    long seed();

    /** True when the experiment configures {@code point}'s block (always, for the required ones). */
    boolean has(ExtensionPoint<?> point);

    /** The {@code type} selected in {@code point}'s block. */
    String componentType(ExtensionPoint<?> point);

    /** {@code point}'s block, factory defaults merged, ready for the factory's {@code create}. */
    ComponentConfig component(ExtensionPoint<?> point);

    /**
     * Every block of {@code point}: the elements of a list block ({@code listeners[0]}, ...), or the single
     * block when present; each with its factory's defaults merged.
     */
    List<ComponentConfig> components(ExtensionPoint<?> point);
}
