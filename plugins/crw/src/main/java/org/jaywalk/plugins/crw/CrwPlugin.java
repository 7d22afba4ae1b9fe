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
                register(ExtensionPoint.HEAD, "mlp", new MlpHeadFactory());
                register(ExtensionPoint.WALK, "palindrome", new PalindromeWalksFactory(false));
                register(ExtensionPoint.WALK, "flip", new PalindromeWalksFactory(true));
                register(ExtensionPoint.WALK, "sinkhorn-targets", new SinkhornTargetWalksFactory());
                register(ExtensionPoint.LOSS, "cycle-xent", new CycleCrossEntropyFactory());
                register(ExtensionPoint.OPTIMIZER, "adam", new AdamFactory());
                register(ExtensionPoint.OPTIMIZER, "sgd", new SgdFactory());
                register(ExtensionPoint.SCHEDULE, "multistep", new MultiStepScheduleFactory());
                register(ExtensionPoint.SCHEDULE, "constant", new ConstantScheduleFactory());
            }
        };
    }
}
