package org.jaywalk.plugins.davis;

import com.google.inject.Module;
import org.jaywalk.framework.spi.cli.CommandContext;
import org.jaywalk.framework.spi.cli.CommandContribution;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.PluginModule;
import org.jaywalk.plugins.davis.jhmdb.JhmdbEvaluatorFactory;
import org.jaywalk.plugins.davis.vip.VipEvaluatorFactory;

/**
 * The label-propagation plugin (named {@code davis} after its first benchmark): videowalk's label propagation and
 * the benchmarks built on it, the evaluators {@code davis} (object masks, J&amp;F on DAVIS-2017), {@code jhmdb}
 * (joints, PCK) and {@code vip} (human parts, mIoU), and the subcommands {@code davis-metrics}, {@code propagate}
 * and {@code bench propagate} (their encoder: {@link TestEncoders}).
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

    @Override
    public Module module() {
        return new PluginModule() {
            @Override
            protected void configureComponents() {
                register(ExtensionPoint.EVALUATOR, "davis", new DavisEvaluatorFactory());
                register(ExtensionPoint.EVALUATOR, "jhmdb", new JhmdbEvaluatorFactory());
                register(ExtensionPoint.EVALUATOR, "vip", new VipEvaluatorFactory());
                contributeCommand(context -> new DavisMetricsCommand());
                contributeCommand(context -> new PropagateCommand(
                        options -> TestEncoders.choose(context, options.experiment, options.encoderKeys),
                        context.testTimeFeatures()));
                contributeCommand(new CommandContribution() {
                    @Override
                    public Object command(CommandContext context) {
                        return new BenchPropagateCommand(
                                options -> TestEncoders.choose(context, options.experiment, options.encoderKeys),
                                context.testTimeFeatures());
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
