package org.jaywalk.plugins.crw;

import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.Optimizer;
import org.jaywalk.framework.spi.OptimizerFactory;

/** {@code optimizer.type = sgd}, with videowalk's momentum and weight decay defaults. */
final class SgdFactory implements OptimizerFactory {

    @Override
    public String defaults() {
        return """
                lr = 1e-4
                momentum = 0.9
                dampening = 0.0
                weight-decay = 1e-4
                nesterov = false
                """;
    }

    @Override
    public Optimizer create(ComponentConfig c) {
        return new Sgd(c.getPositive("lr"), c.getDoubleInRange("momentum", 0, Double.MAX_VALUE),
                c.getDoubleInRange("dampening", 0, 1), c.getDoubleInRange("weight-decay", 0, Double.MAX_VALUE),
                c.getBoolean("nesterov"));
    }
}
