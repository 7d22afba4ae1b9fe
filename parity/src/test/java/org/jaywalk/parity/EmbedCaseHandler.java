package org.jaywalk.parity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jaywalk.framework.graph.FeatureGraph;
import org.jaywalk.framework.graph.Float64FeatureGraph;
import org.jaywalk.framework.io.PthWriter;
import org.jaywalk.framework.io.WeightFormat;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.plugins.resnet.ResNetEncoder;

/**
 * {@code embed-*}: test-time features (eval mode, {@code layer4} removed, no head) of a few frames;
 * compares the maps and their channel-normalized features. Formula weights, except {@code embed-pth},
 * whose weights come from the real videowalk checkpoint, and cases whose settings name a {@code weights_file}
 * (beside the case) read in {@code weights_format} (pretrained torchvision or MoCo ResNets), and cases with a
 * {@code weights_format} but no file: formula weights written as a torchvision state dict, then imported.
 */
public final class EmbedCaseHandler implements ReferenceCaseHandler {

    @Override
    public String prefix() {
        return "embed-";
    }

    /** Checks the case in float32, then the float64 proof of the same graph. */
    @Override
    public void check(ReferenceCase c) throws Exception {
        int[] f = c.shape("frames"); // [n, 3, H, W]
        long[] imageShape = {f[0], f[2], f[3], 3};
        float[] images = Layouts.nchwToNhwc(c.floats("frames"), f);
        ToleranceReport report = new ToleranceReport(c.name(), Precision.FLOAT32);
        try (FeatureGraph graph = new FeatureGraph(encoder(c), imageShape, SessionSettings.defaults())) {
            graph.parameters().assign(graph.session(), weights(c, graph.parameters()));
            FeatureGraph.Features out = graph.run(images);
            report.maxAbs(c, "maps", Layouts.nhwcToNchw(out.maps(), out.shape()));
            report.maxAbs(c, "feats", Layouts.nhwcToNchw(out.normalized(), out.shape()));
        }
        report.assertAllWithin();

        ToleranceReport proof = new ToleranceReport(c.name(), Precision.FLOAT64);
        try (Float64FeatureGraph graph = new Float64FeatureGraph(encoder(c), imageShape)) {
            graph.assign(Precision.widen(weights(c, graph.parameters())));
            Float64FeatureGraph.Features out = graph.run(Precision.widen(images));
            proof.maxAbs(c, "maps", Layouts.nhwcToNchw(out.maps(), out.shape()));
            proof.maxAbs(c, "feats", Layouts.nhwcToNchw(out.normalized(), out.shape()));
        }
        proof.assertAllWithin();
    }

    private static ResNetEncoder encoder(ReferenceCase c) {
        return ReferenceModels.encoder(c.settings(), Set.of("layer4"));
    }

    /** The store's formula weights under torchvision's names, plus a classifier to be left out, as a temporary .pth. */
    private static Path torchvisionFormulaFile(ParameterStore store) throws IOException {
        Map<String, HostArray> stateDict = new LinkedHashMap<>();
        for (ParameterStore.Entry e : store.entries()) {
            stateDict.put(e.name().substring(WeightFormat.ENCODER_PREFIX.length()),
                    HostArray.ofFloats(e.shape(), FormulaWeights.values(e.name(), e.shape())));
        }
        stateDict.put("fc.weight", HostArray.ofFloats(new long[] {2, 3}, new float[6]));
        stateDict.put("fc.bias", HostArray.ofFloats(new long[] {2}, new float[2]));
        Path file = Files.createTempFile("formula-torchvision", ".pth");
        file.toFile().deleteOnExit();
        PthWriter.write(file, stateDict);
        return file;
    }

    private static Map<String, float[]> weights(ReferenceCase c, ParameterStore store) throws Exception {
        if (c.name().equals("embed-pth")) {
            return CheckpointWeights.load(c, store);
        }
        if (c.settings().has("weights_file")) {
            return CheckpointWeights.load(c.file().resolveSibling(c.settings().get("weights_file").asText()),
                    WeightFormat.parse(c.settings().get("weights_format").asText()), store);
        }
        if (c.settings().has("weights_format")) {
            return CheckpointWeights.load(torchvisionFormulaFile(store), WeightFormat.TORCHVISION, store);
        }
        Map<String, float[]> values = new LinkedHashMap<>();
        store.entries().forEach(e -> values.put(e.name(), FormulaWeights.values(e.name(), e.shape())));
        return values;
    }
}
