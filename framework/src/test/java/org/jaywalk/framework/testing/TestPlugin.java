package org.jaywalk.framework.testing;

import com.google.inject.Module;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.PluginModule;

/** Registers the fake components on the test class path (see META-INF/services). */
public final class TestPlugin implements JaywalkPlugin {

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public Module module() {
        return new PluginModule() {
            @Override
            protected void configureComponents() {
                register(ExtensionPoint.DATASET, "random", new FakeComponents.RandomDatasetFactory());
                register(ExtensionPoint.ENCODER, "conv1x1", new FakeComponents.ConvEncoderFactory());
                register(ExtensionPoint.HEAD, "meanpool", new FakeComponents.MeanPoolHeadFactory());
                register(ExtensionPoint.WALK, "pair", new FakeComponents.PairWalkFactory());
                register(ExtensionPoint.LOSS, "xent", new FakeComponents.XentLossFactory());
                register(ExtensionPoint.OPTIMIZER, "sgd", new FakeComponents.MomentumSgdFactory());
                register(ExtensionPoint.SCHEDULE, "constant", new FakeComponents.ConstantScheduleFactory());
                register(ExtensionPoint.EVALUATOR, "fixed", new FakeComponents.FixedEvaluatorFactory());
                register(ExtensionPoint.LOSS, "scaled", new FakeComponents.ScaledLossFactory());
                register(ExtensionPoint.LISTENER, "recorder", FakeComponents.RecorderFactory.class);
            }
        };
    }
}
