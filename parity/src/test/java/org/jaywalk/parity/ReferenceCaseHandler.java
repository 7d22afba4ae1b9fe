package org.jaywalk.parity;

/**
 * Checks every reference case whose file name starts with {@link #prefix()}. Handlers are found with
 * ServiceLoader, so a new kind of case needs one handler and no change to the test runner.
 */
public interface ReferenceCaseHandler {

    /** File-name prefix this handler takes, e.g. {@code train-}. */
    String prefix();

    /** Runs the case and fails (with every missed tolerance listed) if it does not match. */
    void check(ReferenceCase referenceCase) throws Exception;
}
