package org.jaywalk.framework.spi.eval;

/** Receives an evaluator's progress, e.g. to drive a progress bar or a log line. */
@FunctionalInterface
public interface EvaluationProgress {

    /** Ignores every report. */
    EvaluationProgress SILENT = (task, done, total) -> { };

    /**
     * @param task what is being done, e.g. {@code propagate bike-packing}
     * @param done units finished so far
     * @param total units in the task
     */
    void report(String task, long done, long total);
}
