package org.jaywalk.examples.skipwalk;

import com.google.inject.Module;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.PluginModule;

/**
 * Registers the walk strategy {@code skip}: palindrome walks that jump {@code skip} frames ahead and back.
 * Listed in {@code META-INF/services/org.jaywalk.framework.spi.JaywalkPlugin}, which is how Jaywalk finds it.
 */
public final class SkipWalkPlugin implements JaywalkPlugin {

    @Override
    public String name() {
        return "skip-walk";
    }

    @Override
    public int apiVersion() {
        return API_VERSION; // compiled in: records the framework API this jar was built against
    }

    @Override
    public Module module() {
        return new PluginModule() {
            @Override
            protected void configureComponents() {
                register(ExtensionPoint.WALK, "skip", new SkipWalkFactory());
            }
        };
    }
}
