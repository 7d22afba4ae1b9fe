package org.jaywalk.framework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.io.HostArray;
import org.junit.jupiter.api.Test;

class WeightFormatTest {

    @Test
    void torchvisionNamesGoUnderTheEncoderAndTheClassifierIsLeftOut() {
        WeightFormat.Mapped m = WeightFormat.TORCHVISION.map(tensors("conv1.weight", "bn1.running_mean",
                "layer4.1.downsample.0.weight", "fc.weight", "fc.bias"));

        assertEquals(List.of("encoder.model.conv1.weight", "encoder.model.bn1.running_mean",
                "encoder.model.layer4.1.downsample.0.weight"), List.copyOf(m.tensors().keySet()));
        assertEquals(List.of("fc.weight", "fc.bias"), m.leftOut());
    }

    @Test
    void mocoKeepsTheQueryEncoderWithoutItsHead() {
        WeightFormat.Mapped m = WeightFormat.MOCO.map(tensors("module.queue", "module.queue_ptr",
                "module.encoder_q.conv1.weight", "module.encoder_q.layer1.0.bn3.bias", "module.encoder_q.fc.0.weight",
                "module.encoder_q.fc.2.bias", "module.encoder_k.conv1.weight"));

        assertEquals(List.of("encoder.model.conv1.weight", "encoder.model.layer1.0.bn3.bias"),
                List.copyOf(m.tensors().keySet()));
        assertEquals(List.of("module.queue", "module.queue_ptr", "module.encoder_q.fc.0.weight",
                "module.encoder_q.fc.2.bias", "module.encoder_k.conv1.weight"), m.leftOut());
    }

    @Test
    void videowalkUnwrapsPaddedConvolutionsAndKeepsTheRest() {
        WeightFormat.Mapped m = WeightFormat.VIDEOWALK.map(tensors("encoder.model.conv1.1.weight",
                "encoder.model.layer2.1.conv2.1.weight", "selfsim_fc.0.weight"));

        assertEquals(List.of("encoder.model.conv1.weight", "encoder.model.layer2.1.conv2.weight",
                "selfsim_fc.0.weight"), List.copyOf(m.tensors().keySet()));
        assertEquals(List.of(), m.leftOut());
    }

    @Test
    void autoTellsTheFormatFromTheNames() {
        assertEquals(WeightFormat.MOCO, WeightFormat.AUTO.map(tensors("module.encoder_q.conv1.weight")).format());
        assertEquals(WeightFormat.VIDEOWALK, WeightFormat.AUTO.map(tensors("encoder.model.conv1.weight")).format());
        assertEquals(WeightFormat.TORCHVISION, WeightFormat.AUTO.map(tensors("conv1.weight", "fc.bias")).format());
        assertEquals(WeightFormat.JAYWALK, WeightFormat.AUTO.map(tensors("encoder.weight")).format());
        assertEquals(List.of("auto", "jaywalk", "videowalk", "torchvision", "moco"), WeightFormat.names());
    }

    private static Map<String, HostArray> tensors(String... names) {
        Map<String, HostArray> out = new LinkedHashMap<>();
        for (String n : names) {
            out.put(n, HostArray.ofFloats(new long[] {1}, 0f));
        }
        return out;
    }
}
