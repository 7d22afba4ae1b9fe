package org.jaywalk.plugins.crw;

import java.util.List;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.Head;
import org.jaywalk.framework.spi.HeadFactory;
import org.jaywalk.framework.spi.LearningRateSchedule;
import org.jaywalk.framework.spi.Loss;
import org.jaywalk.framework.spi.LossFactory;
import org.jaywalk.framework.spi.Optimizer;
import org.jaywalk.framework.spi.OptimizerFactory;
import org.jaywalk.framework.spi.ScheduleFactory;
import org.jaywalk.framework.spi.WalkStrategy;
import org.jaywalk.framework.spi.WalkStrategyFactory;

/** The factories this plugin registers, each documenting its keys in {@code defaults()}. */
final class Factories {

    private Factories() {
    }

    private static final String WALK_DEFAULTS = """
            # softmax temperature of the affinities (videowalk --temp)
            temperature = 0.07
            # probability of dropping an affinity entry before the softmax (videowalk --dropout)
            edge-dropout = 0.0
            """;

    static final class Mlp implements HeadFactory {
        @Override
        public String defaults() {
            return """
                    # -1: no MLP; 0: one linear layer C -> dim; d: d hidden C -> C layers with ReLU, then C -> dim
                    depth = 0
                    # embedding size
                    dim = 128
                    # dropout on the node feature maps before pooling (videowalk --featdrop)
                    feature-dropout = 0.0
                    """;
        }

        @Override
        public Head create(ComponentConfig c) {
            int depth = c.getInt("depth");
            if (depth < -1) {
                throw c.error("depth", "must be -1 or more, got " + depth);
            }
            return new MlpHead(depth, c.getIntAtLeast("dim", 1), c.getDoubleInRange("feature-dropout", 0, 0.99));
        }
    }

    static final class Palindrome implements WalkStrategyFactory {
        private final boolean flip;

        Palindrome(boolean flip) {
            this.flip = flip;
        }

        @Override
        public String defaults() {
            return WALK_DEFAULTS;
        }

        @Override
        public WalkStrategy create(ComponentConfig c) {
            return new PalindromeWalks(temperature(c), edgeDropout(c), flip);
        }
    }

    static final class SinkhornTargets implements WalkStrategyFactory {
        @Override
        public String defaults() {
            return WALK_DEFAULTS;
        }

        @Override
        public WalkStrategy create(ComponentConfig c) {
            return new SinkhornTargetWalks(temperature(c), edgeDropout(c));
        }
    }

    private static double temperature(ComponentConfig c) {
        double t = c.getDouble("temperature");
        if (t <= 0) {
            throw c.error("temperature", "must be positive, got " + t);
        }
        return t;
    }

    private static double edgeDropout(ComponentConfig c) {
        return c.getDoubleInRange("edge-dropout", 0, 0.99);
    }

    static final class CycleXent implements LossFactory {
        @Override
        public String defaults() {
            return "";
        }

        @Override
        public Loss create(ComponentConfig c) {
            return new CycleCrossEntropy();
        }
    }

    static final class AdamFactory implements OptimizerFactory {
        @Override
        public String defaults() {
            return """
                    lr = 1e-4
                    betas = [0.9, 0.999]
                    eps = 1e-8
                    weight-decay = 0.0
                    """;
        }

        @Override
        public Optimizer create(ComponentConfig c) {
            List<Double> betas = c.getDoubleList("betas");
            if (betas.size() != 2) {
                throw c.error("betas", "must hold two numbers, got " + betas);
            }
            return new Adam(c.getDouble("lr"), betas.get(0), betas.get(1), c.getDouble("eps"), c.getDouble("weight-decay"));
        }
    }

    static final class SgdFactory implements OptimizerFactory {
        @Override
        public String defaults() {
            return """
                    lr = 1e-4
                    momentum = 0.9
                    dampening = 0.0
                    weight-decay = 1e-4
                    nesterov = false
                    """;
        }

        @Override
        public Optimizer create(ComponentConfig c) {
            return new Sgd(c.getDouble("lr"), c.getDouble("momentum"), c.getDouble("dampening"),
                    c.getDouble("weight-decay"), c.getBoolean("nesterov"));
        }
    }

    static final class MultiStep implements ScheduleFactory {
        @Override
        public String defaults() {
            return """
                    # epochs at which the learning rate is multiplied by gamma (videowalk --lr-milestones)
                    milestones = [20, 30, 40]
                    gamma = 0.3
                    """;
        }

        @Override
        public LearningRateSchedule create(ComponentConfig c) {
            return new MultiStepSchedule(c.getIntList("milestones"), c.getDouble("gamma"));
        }
    }

    static final class Constant implements ScheduleFactory {
        @Override
        public String defaults() {
            return "";
        }

        @Override
        public LearningRateSchedule create(ComponentConfig c) {
            return (step, stepsPerEpoch) -> 1.0;
        }
    }
}
