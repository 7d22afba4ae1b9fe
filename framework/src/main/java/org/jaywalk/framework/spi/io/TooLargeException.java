package org.jaywalk.framework.spi.io;

/**
 * Internal: data whose declared size cannot fit in memory, found before anything was allocated for it. Public
 * readers turn it into a {@link JaywalkIoException} naming the file ({@link FileKind#tooLarge}).
 */
public final class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
