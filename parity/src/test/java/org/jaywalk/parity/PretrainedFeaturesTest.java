package org.jaywalk.parity;

import java.nio.file.Path;
import org.jaywalk.framework.testkit.LiveTorch;
import org.jaywalk.framework.testkit.SharedData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pretrained encoders against a live PyTorch (skipped without one): a random torchvision ResNet saved as a
 * torchvision state dict (zip format) or a MoCo checkpoint (legacy format) by {@code src/test/python/
 * pretrained_features.py}, imported through the weight formats, must give PyTorch's test-time features within
 * the {@code embed-} tolerances.
 */
class PretrainedFeaturesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"resnet18, torchvision", "resnet50, torchvision", "resnet50, moco"})
    void importedEncoderMatchesPytorch(String arch, String format) throws Exception {
        Path script = SharedData.projectRoot().resolve("parity/src/test/python/pretrained_features.py");
        LiveTorch.run(script, dir.toString(), arch, format);

        new EmbedCaseHandler().check(ReferenceCase.load(dir.resolve("embed-" + arch + "-" + format + ".npz")));
    }
}
