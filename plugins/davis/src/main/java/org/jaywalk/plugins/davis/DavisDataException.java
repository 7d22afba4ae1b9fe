package org.jaywalk.plugins.davis;

/** Input that the DAVIS tools cannot use (a missing, unreadable or inconsistent file); the message names the file. */
public class DavisDataException extends RuntimeException {

    public DavisDataException(String message) {
        super(message);
    }

    public DavisDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
