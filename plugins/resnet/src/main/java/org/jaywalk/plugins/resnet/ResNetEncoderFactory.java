package org.jaywalk.plugins.resnet;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.EncoderFactory;

/** Builds {@link ResNetEncoder}s: {@code type = resnet}. */
public final class ResNetEncoderFactory implements EncoderFactory {

    @Override
    public String defaults() {
        return """
                # 18 (basic blocks) or 50 (bottlenecks)
                depth = 18
                # reflect (videowalk --model-type scratch) or zeros (scratch_zeropad)
                padding = reflect
                # trailing stages to drop, e.g. [layer4] for label propagation
                remove-layers = []
                """;
    }

    @Override
    public Encoder create(ComponentConfig config) {
        int depth = config.getInt("depth");
        if (depth != 18 && depth != 50) {
            throw config.error("depth", "must be 18 or 50, got " + depth);
        }
        Padding padding = Padding.valueOf(config.getChoice("padding", Set.of("reflect", "zeros")).toUpperCase());
        Set<String> removed = new LinkedHashSet<>(config.getStringList("remove-layers"));
        List<String> stages = ResNetEncoder.stages();
        for (String r : removed) {
            int i = stages.indexOf(r);
            if (i < 0) {
                throw config.error("remove-layers", "names an unknown stage '" + r + "'; stages are " + stages);
            }
            if (i < stages.size() - 1 && !removed.contains(stages.get(i + 1))) {
                throw config.error("remove-layers", "may only drop trailing stages; dropping " + r
                        + " requires dropping " + stages.get(i + 1) + " too");
            }
        }
        return new ResNetEncoder(depth, padding, removed);
    }
}
