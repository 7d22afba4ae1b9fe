package org.jaywalk.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jaywalk.framework.graph.FeatureGraph;
import org.jaywalk.framework.io.WeightFormat;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.plugins.resnet.Padding;
import org.jaywalk.plugins.resnet.ResNetEncoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The full state-dict layouts of torchvision's ResNet-18 and ResNet-50 (committed by
 * {@code src/test/python/torchvision_layouts.py}), read as torchvision and as MoCo files, map onto exactly the
 * parameters of Jaywalk's ResNet encoder, with the same shapes; only {@code fc} is left out and only the
 * {@code num_batches_tracked} counters are unused. Needs no PyTorch.
 */
class TorchvisionLayoutTest {

    @ParameterizedTest(name = "resnet{0} as {1}")
    @CsvSource({"18, torchvision", "50, torchvision", "18, moco", "50, moco"})
    void everyEncoderParameterComesFromTheFileWithItsShape(int depth, String format) throws IOException {
        String prefix = format.equals("moco") ? "module.encoder_q." : "";
        Map<String, long[]> file = layout(depth, prefix);

        WeightFormat.Mapped mapped = WeightFormat.parse(format).map(placeholders(file));

        Map<String, String> model = new TreeMap<>();
        try (FeatureGraph graph = new FeatureGraph(new ResNetEncoder(depth, Padding.ZEROS, Set.of()),
                new long[] {1, 32, 32, 3}, SessionSettings.defaults())) {
            graph.parameters().entries().forEach(e -> model.put(e.name(), Arrays.toString(e.shape())));
        }
        Map<String, String> imported = new TreeMap<>();
        List<String> unused = new ArrayList<>();
        List<String> kept = file.keySet().stream().filter(n -> !mapped.leftOut().contains(n)).toList();
        List<String> jaywalkNames = List.copyOf(mapped.tensors().keySet());
        for (int i = 0; i < kept.size(); i++) {
            String name = jaywalkNames.get(i);
            if (model.containsKey(name)) {
                imported.put(name, Arrays.toString(file.get(kept.get(i))));
            } else {
                unused.add(name);
            }
        }
        assertEquals(model, imported);
        assertEquals(List.of(prefix + "fc.weight", prefix + "fc.bias"), mapped.leftOut());
        assertEquals(List.of(), unused.stream().filter(n -> !n.endsWith(".num_batches_tracked")).toList());
    }

    /** The layout of torchvision's ResNet of {@code depth}, each name prefixed. */
    private static Map<String, long[]> layout(int depth, String prefix) throws IOException {
        try (InputStream in = TorchvisionLayoutTest.class.getResourceAsStream("/torchvision/resnet" + depth + ".json")) {
            Map<String, long[]> out = new LinkedHashMap<>();
            for (JsonNode row : new ObjectMapper().readTree(in)) {
                long[] shape = new long[row.get(1).size()];
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = row.get(1).get(d).asLong();
                }
                out.put(prefix + row.get(0).asText(), shape);
            }
            return out;
        }
    }

    /** One-element stand-ins: the mapping looks at names only. */
    private static Map<String, HostArray> placeholders(Map<String, long[]> layout) {
        Map<String, HostArray> out = new LinkedHashMap<>();
        layout.keySet().forEach(n -> out.put(n, HostArray.ofFloats(new long[] {1}, 0f)));
        return out;
    }
}
