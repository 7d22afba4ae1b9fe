package org.jaywalk.plugins.crw;

import java.util.List;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.Optimizer;
import org.jaywalk.framework.spi.OptimizerFactory;

/** {@code optimizer.type = adam}, with PyTorch's defaults. */
final class AdamFactory implements OptimizerFactory {

    @Override
    public String defaults() {
        return """
                lr = 1e-4
                betas = [0.9, 0.999]
                eps = 1e-8
                # L2 penalty added to the gradient, as torch.optim.Adam's weight_decay
                weight-decay = 0.0
                """;
    }

    @Override
    public Optimizer create(ComponentConfig c) {
        List<Double> betas = c.getDoubleList("betas");
        if (betas.size() != 2 || !betas.stream().allMatch(b -> b >= 0 && b < 1)) {
            throw c.error("betas", "must hold two numbers in [0, 1), got " + betas);
        }
        return new Adam(c.getPositive("lr"), betas.get(0), betas.get(1), c.getPositive("eps"),
                c.getDoubleInRange("weight-decay", 0, Double.MAX_VALUE));
    }
}
