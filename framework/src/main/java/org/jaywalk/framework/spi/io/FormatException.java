package org.jaywalk.framework.spi.io;

/**
 * Internal: bytes that do not decode as the format they claim to be. Public readers turn it into a
 * {@link JaywalkIoException} naming the file.
 */
public final class FormatException extends RuntimeException {

    public FormatException(String message) {
        super(message);
    }
}
