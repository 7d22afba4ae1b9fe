package org.jaywalk.framework.cli;

/** Process exit codes of {@code jaywalk}. */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** The work failed while running (I/O, a corrupt checkpoint, a diverged loss, ...). */
    public static final int FAILURE = 1;
    /** The command line, the experiment configuration or the installed plugins are wrong. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
