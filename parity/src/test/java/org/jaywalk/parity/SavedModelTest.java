package org.jaywalk.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jaywalk.framework.graph.SavedModelExport;
import org.jaywalk.framework.spi.graph.HostTensors;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Signature;
import org.tensorflow.types.TFloat32;

/**
 * The test-time ResNet written as a SavedModel and loaded back with TensorFlow Java gives {@code embed-small}'s
 * reference features (videowalk's, formula weights) within their tolerances, through its serving signature.
 */
class SavedModelTest {

    @TempDir
    Path dir;

    @Test
    void savedEncoderGivesTheReferenceFeatures() {
        ReferenceCase c = ReferenceCase.load(ReferenceCaseDirectories.cases().get("embed-small"));
        Path saved = dir.resolve("encoder");
        SavedModelExport.write(ReferenceModels.encoder(c.settings(), Set.of("layer4")), SavedModelTest::formula, saved);

        int[] f = c.shape("frames");
        ToleranceReport report = new ToleranceReport(c.name() + " (SavedModel)");
        try (SavedModelBundle bundle = SavedModelBundle.load(saved.toString(), SavedModelBundle.DEFAULT_TAG);
             TFloat32 frames = HostTensors.floats(new long[] {f[0], f[2], f[3], 3},
                     Layouts.nchwToNhwc(c.floats("frames"), f));
             Result out = bundle.call(Map.of(SavedModelExport.INPUT, frames))) {
            Signature signature = bundle.signatures().stream()
                    .filter(s -> s.key().equals(Signature.DEFAULT_KEY)).findFirst().orElseThrow();
            assertEquals(Set.of(SavedModelExport.INPUT), signature.inputNames());
            assertEquals(Set.of(SavedModelExport.MAPS, SavedModelExport.FEATURES), signature.outputNames());
            TFloat32 maps = (TFloat32) out.get(SavedModelExport.MAPS).orElseThrow();
            TFloat32 features = (TFloat32) out.get(SavedModelExport.FEATURES).orElseThrow();
            long[] shape = HostTensors.dims(maps);
            report.maxAbs(c, "maps", Layouts.nhwcToNchw(HostTensors.toArray(maps), shape));
            report.maxAbs(c, "feats", Layouts.nhwcToNchw(HostTensors.toArray(features), shape));
        }
        report.assertAllWithin();
    }

    private static void formula(ParameterStore store, org.tensorflow.Session session) {
        Map<String, float[]> values = new LinkedHashMap<>();
        List<ParameterStore.Entry> entries = store.entries();
        entries.forEach(e -> values.put(e.name(), FormulaWeights.values(e.name(), e.shape())));
        store.assign(session, values);
    }
}
