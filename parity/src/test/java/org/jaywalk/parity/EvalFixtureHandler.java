package org.jaywalk.parity;

import java.nio.file.Path;

/**
 * Checks every evaluation fixture folder whose name starts with {@link #prefix()}: the reference's outputs
 * ({@code reference.npz}, {@code expected.json}) against Jaywalk's. Handlers are found with ServiceLoader.
 */
public interface EvalFixtureHandler {

    /** Folder-name prefix this handler takes, e.g. {@code jhmdb}. */
    String prefix();

    /** Runs the fixture and fails, listing every missed tolerance, if Jaywalk's results differ. */
    void check(Path fixture) throws Exception;
}
