package org.jaywalk.framework.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.plugin.DiscoveredPlugin;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.PluginModule;
import org.jaywalk.framework.spi.Walk;
import org.jaywalk.framework.spi.WalkStrategy;
import org.jaywalk.framework.spi.WalkStrategyFactory;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.testing.TestPlugin;
import org.jaywalk.framework.train.TrainingComponents;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.train.BatchMatMul;
import org.tensorflow.types.TFloat32;

/**
 * A walk of the wrong shape is reported when the graph is built, naming the walk, its strategy's type and plugin
 * and the key selecting it, with the expected and actual shapes; without the check the loss would fail deep in
 * TensorFlow ("Dimensions must be equal ... {{node Mul}}").
 */
class WalkShapeCheckTest {

    /**
     * A classic slip: affinities contracted over nodes instead of channels, {@code q0 @ q1^T} with {@code q
     * [B, C, N]}, giving {@code [B, C, C]} transitions ({@code [2, 4, 4]} in the tiny experiment: 4 channels, 2
     * nodes). With {@code shortTargets}, the transitions are right but the targets hold one node per clip.
     */
    record ChannelWalks(boolean shortTargets) implements WalkStrategy {
        @Override
        public List<Walk> walks(GraphContext context, Operand<TFloat32> embeddings) {
            Ops tf = context.tf();
            long[] s = embeddings.shape().asArray(); // [B, C, T, N]
            Operand<TFloat32> q0 = tf.gather(embeddings, tf.constant(0), tf.constant(2)); // [B, C, N]
            Operand<TFloat32> q1 = tf.gather(embeddings, tf.constant(1), tf.constant(2)); // [B, C, N]
            if (shortTargets) {
                Operand<TFloat32> a = tf.train.batchMatMul(q0, q1, TFloat32.class, BatchMatMul.adjX(true)); // [B, N, N]
                return List.of(new Walk("short", tf.nn.softmax(a), tf.constant(new int[(int) s[0]])));
            }
            Operand<TFloat32> a = tf.train.batchMatMul(q0, q1, TFloat32.class, BatchMatMul.adjY(true)); // [B, C, C]
            return List.of(new Walk("channels", tf.nn.softmax(a), tf.constant(new int[(int) (s[0] * s[3])])));
        }
    }

    /** Registers {@code walk.type = channel-pairs} and {@code short-targets}. */
    static final class ShapeBugsPlugin implements JaywalkPlugin {
        @Override
        public int apiVersion() {
            return API_VERSION;
        }

        @Override
        public String name() {
            return "shape-bugs";
        }

        @Override
        public com.google.inject.Module module() {
            return new PluginModule() {
                @Override
                protected void configureComponents() {
                    register(ExtensionPoint.WALK, "channel-pairs", factory(false));
                    register(ExtensionPoint.WALK, "short-targets", factory(true));
                }
            };
        }

        private static WalkStrategyFactory factory(boolean shortTargets) {
            return new WalkStrategyFactory() {
                @Override
                public String defaults() {
                    return "temperature = 0.1";
                }

                @Override
                public WalkStrategy create(ComponentConfig c) {
                    return new ChannelWalks(shortTargets);
                }
            };
        }
    }

    private static ConfigError buildError(String walkType) {
        ComponentRegistry registry = ComponentRegistry.build(List.of(DiscoveredPlugin.builtIn(new TestPlugin()),
                DiscoveredPlugin.builtIn(new ShapeBugsPlugin())));
        ResolvedExperiment experiment = new ExperimentLoader(registry).load(Experiments.tiny(),
                List.of("walk.type=" + walkType));
        try (TrainingComponents components = TrainingComponents.assemble(registry, experiment)) {
            return assertThrows(ConfigError.class, () -> TrainingGraph.build(components.model(),
                    components.optimizer(), components.dataset().shape(), GradientRun.TWO_CPUS).close());
        }
    }

    @Test
    void transitionsOfTheWrongShapeNameTheWalkItsStrategyAndPlugin() {
        assertEquals("walk 'channels' of walk.type = channel-pairs (plugin 'shape-bugs' (class path)): its "
                + "transitions must be [B, N, N] = [2, 2, 2] (B = 2 clips in the tower's batch, N = 2 nodes per frame "
                + "of the embeddings), got [2, 4, 4] float", buildError("channel-pairs").getMessage());
    }

    @Test
    void targetsMustHoldOneNodePerRowOfEveryClip() {
        assertEquals("walk 'short' of walk.type = short-targets (plugin 'shape-bugs' (class path)): its targets "
                + "must be [B*N] = [4] int32 (B = 2 clips in the tower's batch, N = 2 nodes per frame of the "
                + "embeddings), got [2] int32", buildError("short-targets").getMessage());
    }

    @Test
    void componentsBuiltWithoutAnExperimentAreLabeledByTheirClass() {
        ComponentLabel label = new ModelComponents(null, null, new ChannelWalks(false), null).walkLabel();
        assertEquals("walk.type = ChannelWalks (class " + ChannelWalks.class.getName() + ")", label.describe());
    }
}
