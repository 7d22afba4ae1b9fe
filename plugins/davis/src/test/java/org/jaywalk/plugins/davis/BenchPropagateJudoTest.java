package org.jaywalk.plugins.davis;
import org.jaywalk.framework.testkit.FrameworkServices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.jaywalk.framework.testkit.SharedData;
import org.jaywalk.plugins.resnet.Padding;
import org.jaywalk.plugins.resnet.ResNetEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark (854x480, 16 frames, DAVIS settings) until the CLI wires {@code bench propagate}:
 * {@code mvn -o -pl plugins/davis -am test -Dtest=BenchPropagateJudoTest -Djaywalk.bench=true}.
 */
class BenchPropagateJudoTest {

    @Test
    @EnabledIfSystemProperty(named = "jaywalk.bench", matches = "true")
    void judo() {
        Path judo = SharedData.requireShared("data/judo");
        assertEquals(0, BenchPropagateCommand.run(new ResNetEncoder(18, Padding.REFLECT, Set.of("layer4")), FrameworkServices.testTimeFeatures(),
                "--frames", judo.resolve("JPEGImages").toString(), "--mask", judo.resolve("Annotations/00000.png").toString()));
    }
}
