package org.jaywalk.plugins.davis;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.util.List;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.EncoderFactory;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.cli.CommandContext;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.config.Experiment;

/**
 * The encoder a command propagates with: an experiment's test-time encoder ({@code model.encoder} with
 * {@code model.eval-encoder} laid over it, as {@code eval} builds it), or an encoder block given as {@code key=value}
 * pairs over its factory's defaults ({@code type} defaults to {@code resnet}), or by default videowalk's test-time
 * encoder: {@code resnet} with its defaults (ResNet-18, reflect padding) and {@code layer4} removed
 * ({@code test.py --remove-layers layer4}).
 */
final class TestEncoders {

    private static final String EVAL_ENCODER = "model.eval-encoder";

    private TestEncoders() {
    }

    /** The encoder chosen by {@code experiment} (may be null) or {@code keys} (may be empty); not both. */
    static Encoder choose(CommandContext context, Path experiment, List<String> keys) {
        if (experiment != null && !keys.isEmpty()) {
            throw new IllegalArgumentException("give the encoder either by --experiment or by --encoder keys, not both");
        }
        if (experiment != null) {
            return fromExperiment(context, context.loadExperiment(experiment, List.of()));
        }
        Config block = ConfigFactory.parseString(keys.isEmpty() ? "remove-layers = [layer4]" : String.join("\n", keys));
        String type = block.hasPath("type") ? block.getString("type") : "resnet";
        EncoderFactory factory = context.factory(ExtensionPoint.ENCODER, type);
        Config merged = block.withFallback(ConfigFactory.parseString(factory.defaults()));
        ComponentConfig config = new ComponentConfig("--encoder", merged, 0);
        factory.validate(config);
        return factory.create(config);
    }

    /** {@code experiment}'s test-time encoder. */
    static Encoder fromExperiment(CommandContext context, Experiment experiment) {
        ComponentConfig encoder = experiment.component(ExtensionPoint.ENCODER);
        Config block = encoder.raw();
        if (experiment.config().hasPath(EVAL_ENCODER)) {
            block = experiment.config().getConfig(EVAL_ENCODER).withFallback(block);
        }
        EncoderFactory factory = context.factory(ExtensionPoint.ENCODER, experiment.componentType(ExtensionPoint.ENCODER));
        try {
            return factory.create(new ComponentConfig(encoder.path(), block, encoder.seed()));
        } catch (ConfigError e) {
            throw new IllegalArgumentException(experiment.source() + ": " + e.getMessage(), e);
        }
    }
}
