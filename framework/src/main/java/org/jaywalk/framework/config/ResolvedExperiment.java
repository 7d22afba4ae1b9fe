package org.jaywalk.framework.config;

import org.jaywalk.framework.spi.ExtensionPoint;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.config.Experiment;

/**
 * An experiment after includes, overrides and all defaults were merged, resolved and validated: the exact
 * configuration a run uses (saved as {@code config.conf}), with typed access to the framework's blocks and
 * the component blocks.
 */
public final class ResolvedExperiment implements Experiment {

    private final Config config;
    private final Path source;
    private final ExperimentSettings experiment;
    private final TrainSettings train;
    private final Optional<InitFrom> initFrom;

    ResolvedExperiment(Config config, Path source) {
        this.config = config;
        this.source = source;
        this.experiment = ExperimentSettings.from(framework("experiment"));
        this.train = TrainSettings.from(framework("train"));
        this.initFrom = InitFrom.from(config, experiment.seed());
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public Path source() {
        return source;
    }

    @Override
    public long seed() {
        return experiment.seed();
    }

    public ExperimentSettings experiment() {
        return experiment;
    }

    public TrainSettings train() {
        return train;
    }

    /** {@code model.init-from}: the weights (and optionally optimizer state) a fresh run starts from. */
    public Optional<InitFrom> initFrom() {
        return initFrom;
    }

    /** The key whose settings replace {@code model.encoder}'s when the model is evaluated. */
    public static final String EVAL_ENCODER = "model.eval-encoder";

    /**
     * The experiment as an evaluation sees it: {@code model.encoder} with {@value #EVAL_ENCODER}'s settings
     * laid over it (the test-time encoder, e.g. videowalk's ResNet without {@code layer4} for label propagation).
     */
    public ResolvedExperiment forEvaluation() {
        Config encoder = config.getConfig(EVAL_ENCODER).withFallback(config.getConfig(ExtensionPoint.ENCODER.configPath()));
        return new ResolvedExperiment(config.withValue(ExtensionPoint.ENCODER.configPath(), encoder.root()), source);
    }

    @Override
    public boolean has(ExtensionPoint<?> block) {
        return config.hasPath(block.configPath());
    }

    @Override
    public String componentType(ExtensionPoint<?> block) {
        return config.getString(block.typePath());
    }

    @Override
    public List<ComponentConfig> components(ExtensionPoint<?> point) {
        if (!point.list()) {
            return has(point) ? List.of(component(point)) : List.of();
        }
        if (!config.hasPath(point.configPath())) {
            return List.of();
        }
        List<ComponentConfig> blocks = new ArrayList<>();
        List<? extends ConfigObject> elements = config.getObjectList(point.configPath());
        for (int i = 0; i < elements.size(); i++) {
            blocks.add(new ComponentConfig(point.configPath() + "[" + i + "]", elements.get(i).toConfig(),
                    experiment.seed()));
        }
        return blocks;
    }

    @Override
    public ComponentConfig component(ExtensionPoint<?> block) {
        return new ComponentConfig(block.configPath(), config.getConfig(block.configPath()), experiment.seed());
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
