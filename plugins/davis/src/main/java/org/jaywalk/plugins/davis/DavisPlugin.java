package org.jaywalk.plugins.davis;

import com.google.inject.Module;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.PluginModule;

/** Contributes the {@code davis} evaluator (label propagation and J&amp;F on DAVIS-2017). */
public final class DavisPlugin implements JaywalkPlugin {

    @Override
    public String name() {
        return "davis";
    }

    @Override
    public Module module() {
        return new PluginModule() {
            @Override
            protected void configureComponents() {
                register(ExtensionPoint.EVALUATOR, "davis", new DavisEvaluatorFactory());
            }
        };
    }
}
