package org.jaywalk.plugins.video;

import java.io.PrintStream;

/**
 * A one-line progress display, {@code indexing 1200 / 240000 videos}, redrawn at most every 200 ms and ended with
 * a newline; nothing is shown if indexing finishes at the first report (everything came from the cache).
 */
public final class TextProgress implements IndexProgress {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private boolean shown;
    private long lastDraw;

    public TextProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void update(int done, int total) {
        boolean finished = done >= total;
        if (finished && !shown) {
            return;
        }
        long now = System.nanoTime();
        if (!finished && shown && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        out.print("\rindexing " + done + " / " + total + " videos" + (finished ? System.lineSeparator() : ""));
        out.flush();
        shown = !finished;
        lastDraw = now;
    }
}
