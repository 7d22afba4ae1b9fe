package org.jaywalk.framework.spi;

import java.util.List;
import java.util.Objects;

/**
 * A role a component can play (dataset, encoder, ...), identified by the config block that selects it
 * and the factory type plugins register for it.
 *
 * @param <F> the factory type registered under names for this role
 */
public final class ExtensionPoint<F extends ComponentFactory<?>> {

    public static final ExtensionPoint<DatasetFactory> DATASET = new ExtensionPoint<>("dataset", DatasetFactory.class);
    public static final ExtensionPoint<EncoderFactory> ENCODER = new ExtensionPoint<>("encoder", EncoderFactory.class);
    public static final ExtensionPoint<HeadFactory> HEAD = new ExtensionPoint<>("head", HeadFactory.class);
    public static final ExtensionPoint<WalkStrategyFactory> WALK = new ExtensionPoint<>("walk", WalkStrategyFactory.class);
    public static final ExtensionPoint<LossFactory> LOSS = new ExtensionPoint<>("loss", LossFactory.class);
    public static final ExtensionPoint<OptimizerFactory> OPTIMIZER = new ExtensionPoint<>("optimizer", OptimizerFactory.class);
    public static final ExtensionPoint<ScheduleFactory> SCHEDULE = new ExtensionPoint<>("schedule", ScheduleFactory.class);
    public static final ExtensionPoint<EvaluatorFactory> EVALUATOR = new ExtensionPoint<>("evaluator", EvaluatorFactory.class);

    /** Every extension point the framework knows: the training graph's, in the order it uses them, then evaluation. */
    public static final List<ExtensionPoint<?>> ALL = List.of(DATASET, ENCODER, HEAD, WALK, LOSS, OPTIMIZER, SCHEDULE,
            EVALUATOR);

    private final String name;
    private final Class<F> factoryType;

    private ExtensionPoint(String name, Class<F> factoryType) {
        this.name = name;
        this.factoryType = factoryType;
    }

    /** The role's name, as used in listings and error messages. */
    public String name() {
        return name;
    }

    /** The factory interface plugins implement for this role. */
    public Class<F> factoryType() {
        return factoryType;
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
