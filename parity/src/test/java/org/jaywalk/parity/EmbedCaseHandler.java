package org.jaywalk.parity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jaywalk.framework.graph.FeatureGraph;
import org.jaywalk.framework.io.WeightFormat;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.SessionSettings;

/**
 * {@code embed-*}: test-time features (eval mode, {@code layer4} removed, no head) of a few frames;
 * compares the maps and their channel-normalized features. Formula weights, except {@code embed-pth},
 * whose weights come from the real videowalk checkpoint, and cases whose settings name a {@code weights_file}
 * (beside the case) read in {@code weights_format} (pretrained torchvision or MoCo ResNets).
 */
public final class EmbedCaseHandler implements ReferenceCaseHandler {

    @Override
    public String prefix() {
        return "embed-";
    }

    @Override
    public void check(ReferenceCase c) throws Exception {
        int[] f = c.shape("frames"); // [n, 3, H, W]
        ToleranceReport report = new ToleranceReport(c.name());
        var encoder = ReferenceModels.encoder(c.settings(), Set.of("layer4"));
        try (FeatureGraph graph = new FeatureGraph(encoder, new long[] {f[0], f[2], f[3], 3}, SessionSettings.defaults())) {
            graph.parameters().assign(graph.session(), weights(c, graph.parameters()));
            FeatureGraph.Features out = graph.run(Layouts.nchwToNhwc(c.floats("frames"), f));
            report.maxAbs(c, "maps", Layouts.nhwcToNchw(out.maps(), out.shape()));
            report.maxAbs(c, "feats", Layouts.nhwcToNchw(out.normalized(), out.shape()));
        }
        report.assertAllWithin();
    }

    private static Map<String, float[]> weights(ReferenceCase c, ParameterStore store) throws Exception {
        if (c.name().equals("embed-pth")) {
            return CheckpointWeights.load(c, store);
        }
        if (c.settings().has("weights_file")) {
            return CheckpointWeights.load(c.file().resolveSibling(c.settings().get("weights_file").asText()),
                    WeightFormat.parse(c.settings().get("weights_format").asText()), store);
        }
        Map<String, float[]> values = new LinkedHashMap<>();
        store.entries().forEach(e -> values.put(e.name(), FormulaWeights.values(e.name(), e.shape())));
        return values;
    }
}
