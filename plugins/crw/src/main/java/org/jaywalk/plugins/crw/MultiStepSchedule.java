package org.jaywalk.plugins.crw;

import java.util.List;
import org.jaywalk.framework.spi.LearningRateSchedule;

/**
 * {@code torch.optim.lr_scheduler.MultiStepLR} stepped once per batch with milestones given in epochs, as
 * videowalk's {@code train.py} does: the factor is {@code gamma^k}, k the number of milestones reached.
 */
public final class MultiStepSchedule implements LearningRateSchedule {

    private final List<Integer> milestoneEpochs;
    private final double gamma;

    public MultiStepSchedule(List<Integer> milestoneEpochs, double gamma) {
        this.milestoneEpochs = List.copyOf(milestoneEpochs);
        this.gamma = gamma;
    }

    @Override
    public double factor(long step, int stepsPerEpoch) {
        long reached = milestoneEpochs.stream().filter(m -> (long) m * stepsPerEpoch <= step).count();
        return Math.pow(gamma, reached);
    }
}
