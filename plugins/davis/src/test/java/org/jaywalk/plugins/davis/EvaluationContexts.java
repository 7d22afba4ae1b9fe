package org.jaywalk.plugins.davis;

import java.nio.file.Path;
import java.util.Set;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.eval.EvaluationContext;
import org.jaywalk.framework.spi.eval.EvaluationProgress;
import org.jaywalk.framework.spi.eval.EvaluatorFactory;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.testkit.FrameworkServices;
import org.jaywalk.plugins.resnet.Padding;
import org.jaywalk.plugins.resnet.ResNetEncoder;

/** Test support: a test-time context (ResNet-18 without layer4, seeded random weights) and factory blocks. */
public final class EvaluationContexts {

    private EvaluationContexts() {
    }

    /** Writes into {@code out}. */
    public static EvaluationContext randomWeights(Path out) {
        return new EvaluationContext(new ResNetEncoder(18, Padding.REFLECT, Set.of("layer4")),
                FrameworkServices.testTimeFeatures().randomWeights(3), FrameworkServices.testTimeFeatures(), out,
                EvaluationProgress.SILENT, SessionSettings.defaults());
    }

    /** {@code block} over the factory's defaults, as the {@code evaluation} block. */
    public static ComponentConfig block(EvaluatorFactory factory, String block) {
        return new ComponentConfig("evaluation", com.typesafe.config.ConfigFactory.parseString(block)
                .withFallback(com.typesafe.config.ConfigFactory.parseString(factory.defaults())), 0);
    }
}
