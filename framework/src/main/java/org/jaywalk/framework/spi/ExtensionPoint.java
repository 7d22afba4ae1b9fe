package org.jaywalk.framework.spi;

import org.jaywalk.framework.spi.data.DatasetFactory;
import org.jaywalk.framework.spi.eval.EvaluatorFactory;
import org.jaywalk.framework.spi.train.ListenerFactory;
import java.util.List;
import java.util.Objects;

/**
 * A role a component can play (dataset, encoder, ...): its name, the factory type plugins register for it,
 * and the experiment block that selects and configures it ({@code type = <name>} plus the component's keys).
 * This is the one list of roles; the experiment loader and the registry both read it.
 *
 * @param <F> the factory type registered under names for this role
 */
public final class ExtensionPoint<F extends ComponentFactory<?>> {

    public static final ExtensionPoint<DatasetFactory> DATASET =
            required("dataset", DatasetFactory.class, "dataset");
    public static final ExtensionPoint<EncoderFactory> ENCODER =
            required("encoder", EncoderFactory.class, "model.encoder");
    public static final ExtensionPoint<HeadFactory> HEAD =
            required("head", HeadFactory.class, "model.head");
    public static final ExtensionPoint<WalkStrategyFactory> WALK =
            required("walk", WalkStrategyFactory.class, "walk");
    public static final ExtensionPoint<LossFactory> LOSS =
            required("loss", LossFactory.class, "loss");
    public static final ExtensionPoint<OptimizerFactory> OPTIMIZER =
            required("optimizer", OptimizerFactory.class, "optimizer");
    public static final ExtensionPoint<ScheduleFactory> SCHEDULE =
            required("schedule", ScheduleFactory.class, "schedule");
    public static final ExtensionPoint<EvaluatorFactory> EVALUATOR =
            optional("evaluator", EvaluatorFactory.class, "evaluation");

    /** Extra training listeners: the list {@code listeners = [{ type = ..., ... }, ...]}, empty by default. */
    public static final ExtensionPoint<ListenerFactory> LISTENER =
            listOf("listener", ListenerFactory.class, "listeners");

    /**
     * The framework's extension points: the training graph's, in the order it uses them, then the optional ones.
     * Plugins may {@linkplain #declare declare} more.
     */
    public static final List<ExtensionPoint<?>> BUILT_IN = List.of(DATASET, ENCODER, HEAD, WALK, LOSS, OPTIMIZER,
            SCHEDULE, EVALUATOR, LISTENER);

    /** The key selecting the factory inside every component block. */
    public static final String TYPE_KEY = "type";

    private final String name;
    private final Class<F> factoryType;
    private final String configPath;
    private final boolean optional;
    private final boolean list;

    private ExtensionPoint(String name, Class<F> factoryType, String configPath, boolean optional, boolean list) {
        this.name = Objects.requireNonNull(name, "name");
        this.factoryType = Objects.requireNonNull(factoryType, "factoryType");
        this.configPath = configPath;
        this.optional = optional;
        this.list = list;
    }

    private static <F extends ComponentFactory<?>> ExtensionPoint<F> required(String name, Class<F> type, String path) {
        return new ExtensionPoint<>(name, type, path, false, false);
    }

    private static <F extends ComponentFactory<?>> ExtensionPoint<F> optional(String name, Class<F> type, String path) {
        return new ExtensionPoint<>(name, type, path, true, false);
    }

    private static <F extends ComponentFactory<?>> ExtensionPoint<F> listOf(String name, Class<F> type, String path) {
        return new ExtensionPoint<>(name, type, path, true, true);
    }

    /**
     * A plugin's own extension point, for components of its components: registered names are picked in nested
     * blocks ({@link ComponentConfig#component}) and, with a {@code configPath}, in a top-level experiment block.
     * Declare it in the plugin's module with {@link PluginModule#declare}.
     *
     * @param name unique among extension points, e.g. {@code frame-filter}
     * @param configPath the optional top-level block that selects one such component, or null for nested use only
     */
    public static <F extends ComponentFactory<?>> ExtensionPoint<F> declare(String name, Class<F> factoryType,
                                                                          String configPath) {
        return new ExtensionPoint<>(name, factoryType, configPath, true, false);
    }

    /** The role's name, as used in listings and error messages. */
    public String name() {
        return name;
    }

    /** The factory interface plugins implement for this role. */
    public Class<F> factoryType() {
        return factoryType;
    }

    /**
     * Dotted path of the experiment block that configures this role, e.g. {@code model.encoder}; null for a
     * point used only in nested blocks.
     */
    public String configPath() {
        return configPath;
    }

    /** The dotted path of the block's {@code type} key. */
    public String typePath() {
        return configPath + "." + TYPE_KEY;
    }

    /**
     * True when an experiment may leave the block out (e.g. {@code evaluation}); when present it is validated
     * like the others.
     */
    public boolean optional() {
        return optional;
    }

    /** True when the block is a list of components ({@code listeners = [...]}) rather than one. */
    public boolean list() {
        return list;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtensionPoint<?> other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }
}
