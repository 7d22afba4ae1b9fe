package org.jaywalk.plugins.davis;

import com.google.inject.Module;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.jaywalk.framework.spi.cli.CommandContext;
import org.jaywalk.framework.spi.cli.CommandContribution;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.EncoderFactory;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.PluginModule;
import org.jaywalk.plugins.davis.jhmdb.JhmdbEvaluatorFactory;
import org.jaywalk.plugins.davis.vip.VipEvaluatorFactory;

/**
 * The label-propagation plugin (named {@code davis} after its first benchmark): videowalk's label propagation and
 * the benchmarks built on it, the evaluators {@code davis} (object masks, J&amp;F on DAVIS-2017), {@code jhmdb}
 * (joints, PCK) and {@code vip} (human parts, mIoU), and the subcommands {@code davis-metrics}, {@code propagate} and {@code bench propagate}. {@code propagate} uses videowalk's test-time encoder: the
 * registered {@code resnet} encoder with its defaults (ResNet-18, reflect padding) and {@code layer4} removed.
 */
public final class DavisPlugin implements JaywalkPlugin {

    @Override
    public String name() {
        return "davis";
    }

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    /** The {@code resnet} encoder with its defaults and {@code layer4} removed ({@code test.py --remove-layers layer4}). */
    static Encoder videowalkTestEncoder(CommandContext context) {
        EncoderFactory resnet = context.factory(ExtensionPoint.ENCODER, "resnet");
        Config block = ConfigFactory.parseString("remove-layers = [layer4]")
                .withFallback(ConfigFactory.parseString(resnet.defaults()));
        return resnet.create(new ComponentConfig("propagate.encoder", block, 0));
    }

    @Override
    public Module module() {
        return new PluginModule() {
            @Override
            protected void configureComponents() {
                register(ExtensionPoint.EVALUATOR, "davis", new DavisEvaluatorFactory());
                register(ExtensionPoint.EVALUATOR, "jhmdb", new JhmdbEvaluatorFactory());
                register(ExtensionPoint.EVALUATOR, "vip", new VipEvaluatorFactory());
                contributeCommand(context -> new DavisMetricsCommand());
                contributeCommand(context -> new PropagateCommand(() -> videowalkTestEncoder(context),
                        context.testTimeFeatures()));
                contributeCommand(new CommandContribution() {
                    @Override
                    public Object command(CommandContext context) {
                        return new BenchPropagateCommand(() -> videowalkTestEncoder(context), context.testTimeFeatures());
                    }

                    @Override
                    public String parent() {
                        return "bench";
                    }
                });
            }
        };
    }
}
