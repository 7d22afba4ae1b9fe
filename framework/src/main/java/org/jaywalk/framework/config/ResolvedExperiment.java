package org.jaywalk.framework.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigRenderOptions;
import java.nio.file.Path;
import java.util.Optional;
import org.jaywalk.framework.spi.ComponentConfig;

/**
 * An experiment after includes, overrides and all defaults were merged, resolved and validated: the exact
 * configuration a run uses (saved as {@code config.conf}), with typed access to the framework's blocks and
 * the component blocks.
 */
public final class ResolvedExperiment {

    private final Config config;
    private final Path source;
    private final ExperimentSettings experiment;
    private final TrainSettings train;

    ResolvedExperiment(Config config, Path source) {
        this.config = config;
        this.source = source;
        this.experiment = ExperimentSettings.from(framework("experiment"));
        this.train = TrainSettings.from(framework("train"));
    }

    /** The whole resolved configuration. */
    public Config config() {
        return config;
    }

    /** The experiment file it was loaded from. */
    public Path source() {
        return source;
    }

    public ExperimentSettings experiment() {
        return experiment;
    }

    public TrainSettings train() {
        return train;
    }

    /** {@code model.init-from}: a checkpoint to initialize the model from. */
    public Optional<Path> initFrom() {
        return config.getIsNull("model.init-from") ? Optional.empty() : Optional.of(Path.of(config.getString("model.init-from")));
    }

    /** The key whose settings replace {@code model.encoder}'s when the model is evaluated. */
    public static final String EVAL_ENCODER = "model.eval-encoder";

    /**
     * The experiment as an evaluation sees it: {@code model.encoder} with {@value #EVAL_ENCODER}'s settings
     * laid over it (the test-time encoder, e.g. videowalk's ResNet without {@code layer4} for label propagation).
     */
    public ResolvedExperiment forEvaluation() {
        Config encoder = config.getConfig(EVAL_ENCODER).withFallback(config.getConfig(ComponentBlock.ENCODER.path()));
        return new ResolvedExperiment(config.withValue(ComponentBlock.ENCODER.path(), encoder.root()), source);
    }

    /** True when the experiment configures {@code block} (always, for the required blocks). */
    public boolean has(ComponentBlock block) {
        return config.hasPath(block.path());
    }

    /** The {@code type} selected in a component block. */
    public String componentType(ComponentBlock block) {
        return config.getString(block.typePath());
    }

    /** A component block, factory defaults merged, ready for the factory's {@code create}. */
    public ComponentConfig component(ComponentBlock block) {
        return new ComponentConfig(block.path(), config.getConfig(block.path()), experiment.seed());
    }

    /** The configuration as HOCON without comments: what {@code config.conf} holds. */
    public String render() {
        return config.root().render(ConfigRenderOptions.defaults().setOriginComments(false).setComments(false)
                .setJson(false).setFormatted(true));
    }

    /** The configuration as JSON. */
    public String renderJson() {
        return config.root().render(ConfigRenderOptions.concise().setFormatted(true));
    }

    private ComponentConfig framework(String block) {
        return new ComponentConfig(block, config.getConfig(block), config.getLong("experiment.seed"));
    }
}
