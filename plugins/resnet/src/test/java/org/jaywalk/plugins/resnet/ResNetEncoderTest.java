package org.jaywalk.plugins.resnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.ConfigFactory;
import java.util.Map;
import java.util.Set;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.testkit.ComponentHarness;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.ComponentConfig;
import org.junit.jupiter.api.Test;

/** Structure of the encoders: torchvision's names and shapes, channels and map sizes, config checks. */
class ResNetEncoderTest {

    private static ComponentHarness.Value run(ResNetEncoder encoder, int h, int w, Map<String, long[]> shapes) {
        try (ComponentHarness g = ComponentHarness.inference()) {
            var maps = encoder.encode(g.context(), g.constant(new long[] {2, h, w, 3}, new float[2 * h * w * 3]));
            g.initialize(1);
            for (ParameterStore.Entry e : g.parameters().entries()) {
                shapes.put(e.name(), e.shape());
            }
            return g.evaluate(java.util.List.of(maps)).get(0);
        }
    }

    @Test
    void resnet50HasTorchvisionBottlenecksWithStrideOneInLayer3And4() {
        Map<String, long[]> shapes = new java.util.LinkedHashMap<>();
        ResNetEncoder encoder = new ResNetEncoder(50, Padding.REFLECT, Set.of());
        ComponentHarness.Value f = run(encoder, 40, 24, shapes);
        assertArrayEquals(new long[] {2, 5, 3, 2048}, f.shape());
        assertEquals(2048, encoder.channels());
        assertArrayEquals(new long[] {256, 64, 1, 1}, shapes.get("encoder.model.layer1.0.downsample.0.weight"));
        assertArrayEquals(new long[] {512, 512, 3, 3}, shapes.get("encoder.model.layer4.2.conv2.weight"));
        assertArrayEquals(new long[] {2048}, shapes.get("encoder.model.layer4.2.bn3.running_var"));
        // 53 convolutions and 53 batch norms (4 tensors each): conv1 + 16 bottlenecks x 3 + 4 projections
        assertEquals(53 + 53 * 4, shapes.size());
    }

    @Test
    void resnet18WithoutLayer4GivesStrideEightMapsOf256Channels() {
        Map<String, long[]> shapes = new java.util.LinkedHashMap<>();
        ResNetEncoder encoder = new ResNetEncoder(18, Padding.ZEROS, Set.of("layer4"));
        ComponentHarness.Value f = run(encoder, 33, 17, shapes);
        assertArrayEquals(new long[] {2, 5, 3, 256}, f.shape());
        assertEquals(5, encoder.outputSize(33));
        assertEquals(false, shapes.keySet().stream().anyMatch(n -> n.contains("layer4")));
    }

    private static ComponentConfig config(String hocon) {
        ResNetEncoderFactory factory = new ResNetEncoderFactory();
        return new ComponentConfig("model.encoder", ConfigFactory.parseString(hocon)
                .withFallback(ConfigFactory.parseString(factory.defaults())).resolve(), 0);
    }

    @Test
    void configRejectsBadDepthPaddingAndNonTrailingRemovals() {
        ResNetEncoderFactory factory = new ResNetEncoderFactory();
        for (String bad : new String[] {"depth = 34", "padding = circular", "remove-layers = [layer3]",
                "remove-layers = [layer9]"}) {
            ConfigError e = assertThrows(ConfigError.class, () -> factory.create(config(bad)), bad);
            String key = bad.substring(0, bad.indexOf(' '));
            assertEquals(true, e.getMessage().contains("model.encoder." + key), e.getMessage());
        }
        assertEquals(256, ((ResNetEncoder) factory.create(config("remove-layers = [layer4]"))).channels());
    }
}
