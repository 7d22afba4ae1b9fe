package org.jaywalk.framework.spi.io;

/**
 * A tensor file (NPZ, Jaywalk checkpoint, PyTorch checkpoint) could not be read or written. The message names
 * the file, what is wrong and what to do about it.
 */
public class JaywalkIoException extends RuntimeException {

    public JaywalkIoException(String message) {
        super(message);
    }

    public JaywalkIoException(String message, Throwable cause) {
        super(message, cause);
    }
}
