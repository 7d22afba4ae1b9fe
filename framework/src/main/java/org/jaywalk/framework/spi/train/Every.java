package org.jaywalk.framework.spi.train;

import org.jaywalk.framework.spi.ComponentConfig;

/**
 * "Every N steps": step {@code s} is due when {@code s % n == 0}, and the run's last step is always due, so a
 * listener sees the final state. {@code n = 0} means never.
 *
 * @param n the period in steps
 */
public record Every(long n) {

    public Every {
        if (n < 0) {
            throw new IllegalArgumentException("every must be >= 0, got " + n);
        }
    }

    /** The {@code every} key of a listener's block (at least 0; 0 turns the listener off). */
    public static Every from(ComponentConfig config) {
        return new Every(config.getIntAtLeast("every", 0));
    }

    /** True when {@code step} of {@code run} is due. */
    public boolean includes(long step, TrainingRun run) {
        return n > 0 && (step % n == 0 || step == run.totalSteps() - 1);
    }

    /** True when the step of {@code event} is due. */
    public boolean includes(StepEvent event) {
        return includes(event.step(), event.run());
    }
}
