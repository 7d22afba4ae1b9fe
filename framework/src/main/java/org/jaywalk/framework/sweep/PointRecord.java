package org.jaywalk.framework.sweep;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One point's entry in the sweep manifest.
 *
 * @param name the point's folder name in the sweep folder
 * @param overrides its {@code key=value} overrides of the base experiment
 * @param params the same settings as plain values by key, for results and reports
 * @param state where it is
 * @param error the last failure (kept while the point is rerun), or null
 * @param attempts how many times a process started it
 * @param process the process that last started it, or null
 * @param started when it last started (ISO-8601), or null
 * @param finished when it last ended, or null
 * @param metrics the final logged metrics of its run once done (step, loss, diagnostics), else empty
 */
public record PointRecord(String name, List<String> overrides, Map<String, Object> params, PointState state,
                          String error, int attempts, ProcessIdentity process, String started, String finished,
                          Map<String, Double> metrics) {

    public PointRecord {
        overrides = List.copyOf(overrides);
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        metrics = metrics == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A point not run yet. */
    public static PointRecord pending(SweepPoint point) {
        Map<String, Object> params = new LinkedHashMap<>();
        point.assignments().forEach(a -> params.put(a.key(), a.plain()));
        return new PointRecord(point.name(), point.overrides(), params, PointState.PENDING, null, 0, null, null, null, null);
    }

    /** Taken by {@code process}. */
    public PointRecord running(ProcessIdentity process, Instant now) {
        return new PointRecord(name, overrides, params, PointState.RUNNING, error, attempts + 1, process, now.toString(),
                null, null);
    }

    /** Finished with its final metrics. */
    public PointRecord done(Map<String, Double> finalMetrics, Instant now) {
        return new PointRecord(name, overrides, params, PointState.DONE, null, attempts, process, started, now.toString(),
                finalMetrics);
    }

    /** Failed with a one-line error. */
    public PointRecord failed(String message, Instant now) {
        return new PointRecord(name, overrides, params, PointState.FAILED, message, attempts, process, started,
                now.toString(), metrics);
    }

    /** Back to pending for a rerun; the last error stays until the rerun ends. */
    public PointRecord requeued(String why) {
        return new PointRecord(name, overrides, params, PointState.PENDING, why, attempts, process, started, finished, null);
    }
}
