package org.jaywalk.plugins.davis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.jaywalk.framework.spi.config.Experiment;
import org.jaywalk.framework.spi.eval.TestTimeFeatures;
import org.jaywalk.framework.testkit.FrameworkServices;
import org.jaywalk.framework.spi.cli.CommandContext;
import org.jaywalk.framework.spi.cli.CommandContribution;
import org.jaywalk.framework.spi.ComponentFactory;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.eval.EvaluatorFactory;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.testkit.SharedData;
import org.jaywalk.plugins.resnet.ResNetEncoderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Discovery, the {@code davis} evaluator and the contributed subcommands. */
class DavisPluginTest {

    @TempDir
    Path dir;

    private static Injector injector() {
        JaywalkPlugin plugin = ServiceLoader.load(JaywalkPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("davis")).findFirst().orElseThrow();
        return Guice.createInjector(plugin.module());
    }

    /** A command context that knows the resnet encoder factory only. */
    private static final CommandContext CONTEXT = new CommandContext() {
        @Override
        public Experiment loadExperiment(Path file, List<String> overrides) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T, F extends ComponentFactory<T>> T create(ExtensionPoint<F> point, Experiment experiment) {
            throw new UnsupportedOperationException();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <F extends ComponentFactory<?>> F factory(ExtensionPoint<F> point, String name) {
            assertEquals(ExtensionPoint.ENCODER, point);
            assertEquals("resnet", name);
            return (F) new ResNetEncoderFactory();
        }

        @Override
        public TestTimeFeatures testTimeFeatures() {
            return FrameworkServices.testTimeFeatures();
        }
    };

    @Test
    void registersTheDavisJhmdbAndVipEvaluators() {
        Map<String, EvaluatorFactory> evaluators = injector()
                .getInstance(Key.get(new TypeLiteral<Map<String, EvaluatorFactory>>() { }));
        assertInstanceOf(DavisEvaluatorFactory.class, evaluators.get("davis"));
        assertInstanceOf(org.jaywalk.plugins.davis.jhmdb.JhmdbEvaluatorFactory.class, evaluators.get("jhmdb"));
        assertInstanceOf(org.jaywalk.plugins.davis.vip.VipEvaluatorFactory.class, evaluators.get("vip"));
    }

    @Test
    void contributesDavisMetricsPropagateAndBenchPropagate() {
        Set<CommandContribution> contributions = injector()
                .getInstance(Key.get(new TypeLiteral<Set<CommandContribution>>() { }));
        List<String> names = contributions.stream()
                .map(c -> (c.parent() == null ? "" : c.parent() + " ") + new CommandLine(c.command(CONTEXT)).getCommandName())
                .sorted().toList();
        assertEquals(List.of("bench propagate", "davis-metrics", "propagate"), names);
    }

    @Test
    void contributedPropagateUsesResNet18WithoutLayer4() {
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha"), 2, 40, 32);
        Object propagate = injector().getInstance(Key.get(new TypeLiteral<Set<CommandContribution>>() { })).stream()
                .map(c -> c.command(CONTEXT)).filter(PropagateCommand.class::isInstance).findFirst().orElseThrow();
        Path pth = SharedData.requireShared("reference/crw-resnet18.pth");
        int code = new CommandLine(propagate).execute("--checkpoint", pth.toString(), "--frames",
                davis.frameFolder("alpha").toString(), "--mask", davis.annotations("alpha").get(0).toString(),
                "--out", dir.resolve("out").toString(), "--topk", "5", "--no-overlays");
        assertEquals(0, code);
        assertTrue(Files.isRegularFile(dir.resolve("out/00001.png")));
        assertTrue(!Files.exists(dir.resolve("out/overlays")));
        assertEquals(256, TestEncoders.choose(CONTEXT, null, List.of()).channels(), "videowalk's: without layer4");
        assertEquals(128, TestEncoders.choose(CONTEXT, null, List.of("remove-layers = [layer3, layer4]")).channels());
        assertEquals(512, TestEncoders.choose(CONTEXT, null, List.of("type = resnet", "remove-layers = []")).channels());
    }
}
