package org.jaywalk.plugins.crw;

import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.Head;
import org.jaywalk.framework.spi.HeadFactory;

/** {@code head.type = mlp}. */
final class MlpHeadFactory implements HeadFactory {

    @Override
    public String defaults() {
        return """
                # -1: no MLP; 0: one linear layer C -> dim; d: d hidden C -> C layers with ReLU, then C -> dim
                depth = 0
                # embedding size
                dim = 128
                # dropout on the node feature maps before pooling (videowalk --featdrop)
                feature-dropout = 0.0
                """;
    }

    @Override
    public Head create(ComponentConfig c) {
        int depth = c.getInt("depth");
        if (depth < -1) {
            throw c.error("depth", "must be -1 or more, got " + depth);
        }
        return new MlpHead(depth, c.getIntAtLeast("dim", 1), c.getDoubleInRange("feature-dropout", 0, 0.99));
    }
}
