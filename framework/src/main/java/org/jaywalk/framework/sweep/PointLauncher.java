package org.jaywalk.framework.sweep;

import java.io.PrintWriter;
import java.util.List;

/** Runs sweep points, each in its own process that records its state in the manifest. */
public interface PointLauncher {

    /** Prints what {@link #launch} would do, changing nothing. */
    void preview(SweepLayout layout, List<PointTask> tasks, PrintWriter out);

    /** Runs the points (returning when they have ended) or submits them (returning once submitted). */
    void launch(ManifestStore store, List<PointTask> tasks, PrintWriter out);

    /** True when {@link #launch} returns only after the points have ended. */
    boolean waits();
}
