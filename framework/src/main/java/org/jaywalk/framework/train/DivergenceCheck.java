package org.jaywalk.framework.train;

import org.jaywalk.framework.spi.train.StepEvent;
import org.jaywalk.framework.spi.train.TrainingListener;

/** A built-in listener: stops training when the loss is not finite, before the step is logged or saved. */
final class DivergenceCheck implements TrainingListener {

    @Override
    public void afterStep(StepEvent step) {
        if (!Double.isFinite(step.loss())) {
            throw new IllegalStateException("the loss is " + step.loss() + " at step " + step.step()
                    + ": training diverged");
        }
    }
}
