package org.jaywalk.framework.train;

import java.nio.file.Path;

/** A checkpoint that cannot be read (missing, truncated, corrupt) or does not fit the model. */
public class CheckpointError extends RuntimeException {

    public CheckpointError(Path file, String problem) {
        super("checkpoint " + file + ": " + problem);
    }

    public CheckpointError(Path file, String problem, Throwable cause) {
        super("checkpoint " + file + ": " + problem, cause);
    }
}
