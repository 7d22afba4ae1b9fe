package org.jaywalk.framework.io;

/**
 * Internal: bytes that do not decode as the format they claim to be. Public readers turn it into a
 * {@link JaywalkIoException} naming the file.
 */
final class FormatException extends RuntimeException {

    FormatException(String message) {
        super(message);
    }
}
