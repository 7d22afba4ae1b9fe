package org.jaywalk.framework.spi;

import org.jaywalk.framework.spi.data.DatasetFactory;
import org.jaywalk.framework.spi.eval.EvaluatorFactory;
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

    public static final ExtensionPoint<DatasetFactory> DATASET = new ExtensionPoint<>("dataset", DatasetFactory.class, "dataset", false);
    public static final ExtensionPoint<EncoderFactory> ENCODER = new ExtensionPoint<>("encoder", EncoderFactory.class, "model.encoder", false);
    public static final ExtensionPoint<HeadFactory> HEAD = new ExtensionPoint<>("head", HeadFactory.class, "model.head", false);
    public static final ExtensionPoint<WalkStrategyFactory> WALK = new ExtensionPoint<>("walk", WalkStrategyFactory.class, "walk", false);
    public static final ExtensionPoint<LossFactory> LOSS = new ExtensionPoint<>("loss", LossFactory.class, "loss", false);
    public static final ExtensionPoint<OptimizerFactory> OPTIMIZER = new ExtensionPoint<>("optimizer", OptimizerFactory.class, "optimizer", false);
    public static final ExtensionPoint<ScheduleFactory> SCHEDULE = new ExtensionPoint<>("schedule", ScheduleFactory.class, "schedule", false);
    public static final ExtensionPoint<EvaluatorFactory> EVALUATOR = new ExtensionPoint<>("evaluator", EvaluatorFactory.class, "evaluation", true);

    /** Every extension point the framework knows: the training graph's, in the order it uses them, then the optional ones. */
    public static final List<ExtensionPoint<?>> ALL = List.of(DATASET, ENCODER, HEAD, WALK, LOSS, OPTIMIZER, SCHEDULE,
            EVALUATOR);

    /** The key selecting the factory inside every component block. */
    public static final String TYPE_KEY = "type";

    private final String name;
    private final Class<F> factoryType;
    private final String configPath;
    private final boolean optional;

    private ExtensionPoint(String name, Class<F> factoryType, String configPath, boolean optional) {
        this.name = name;
        this.factoryType = factoryType;
        this.configPath = configPath;
        this.optional = optional;
    }

    /** The role's name, as used in listings and error messages. */
    public String name() {
        return name;
    }

    /** The factory interface plugins implement for this role. */
    public Class<F> factoryType() {
        return factoryType;
    }

    /** Dotted path of the experiment block that configures this role, e.g. {@code model.encoder}. */
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
