package org.jaywalk.plugins.crw;

import com.google.inject.Module;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.PluginModule;

/**
 * The Contrastive Random Walk: head {@code mlp}; walks {@code palindrome}, {@code flip},
 * {@code sinkhorn-targets}; loss {@code cycle-xent}; optimizers {@code adam}, {@code sgd}; schedules
 * {@code multistep}, {@code constant}.
 */
public final class CrwPlugin implements JaywalkPlugin {

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "crw";
    }

    @Override
    public Module module() {
        return new PluginModule() {
            @Override
            protected void configureComponents() {
                register(ExtensionPoint.HEAD, "mlp", new Factories.Mlp());
                register(ExtensionPoint.WALK, "palindrome", new Factories.Palindrome(false));
                register(ExtensionPoint.WALK, "flip", new Factories.Palindrome(true));
                register(ExtensionPoint.WALK, "sinkhorn-targets", new Factories.SinkhornTargets());
                register(ExtensionPoint.LOSS, "cycle-xent", new Factories.CycleXent());
                register(ExtensionPoint.OPTIMIZER, "adam", new Factories.AdamFactory());
                register(ExtensionPoint.OPTIMIZER, "sgd", new Factories.SgdFactory());
                register(ExtensionPoint.SCHEDULE, "multistep", new Factories.MultiStep());
                register(ExtensionPoint.SCHEDULE, "constant", new Factories.Constant());
            }
        };
    }
}
