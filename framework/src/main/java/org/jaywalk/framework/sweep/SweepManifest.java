package org.jaywalk.framework.sweep;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * The state of a sweep, kept as {@code manifest.json} in the sweep folder: the sweep file it came from and
 * every point with its state. Points are never renumbered or reordered: new points (a sweep file that grew)
 * are appended.
 *
 * @param version the manifest format version
 * @param sweepFile the sweep file, absolute
 * @param points every point, in sweep order
 */
public record SweepManifest(int version, String sweepFile, List<PointRecord> points) {

    /** The format written by this framework. */
    public static final int VERSION = 1;

    public SweepManifest {
        points = List.copyOf(points);
    }

    /** A new sweep: every point pending. */
    public static SweepManifest create(SweepFile sweep) {
        return new SweepManifest(VERSION, sweep.file().toString(), sweep.points().stream().map(PointRecord::pending).toList());
    }

    /**
     * The sweep to continue: done points stay done; failed ones and those left {@code running} by a sweep that
     * was stopped go back to pending; points the sweep file now has and the manifest lacks are appended.
     *
     * @throws ConfigError when a point's process is still running on this host
     */
    public SweepManifest resumed(SweepFile sweep) {
        List<PointRecord> out = new ArrayList<>();
        for (PointRecord p : points) {
            out.add(switch (p.state()) {
                case DONE, PENDING -> p;
                case FAILED -> p.requeued(p.error());
                case RUNNING -> {
                    if (p.process() != null && p.process().aliveHere()) {
                        throw new ConfigError("point " + p.name() + " is still running (pid " + p.process().pid()
                                + "): wait for that sweep to end, or stop it, before --resume");
                    }
                    yield p.requeued("interrupted: its process ended without recording a result");
                }
            });
        }
        Set<String> known = points.stream().map(PointRecord::name).collect(Collectors.toSet());
        sweep.points().stream().filter(p -> !known.contains(p.name())).map(PointRecord::pending).forEach(out::add);
        return new SweepManifest(version, sweepFile, out);
    }

    /** The point named {@code name}. */
    public Optional<PointRecord> point(String name) {
        return points.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * This manifest with the point {@code name} changed.
     *
     * @throws ConfigError when there is no such point
     */
    public SweepManifest with(String name, UnaryOperator<PointRecord> change) {
        if (point(name).isEmpty()) {
            throw new ConfigError("the sweep has no point named '" + name + "'");
        }
        return new SweepManifest(version, sweepFile,
                points.stream().map(p -> p.name().equals(name) ? change.apply(p) : p).toList());
    }

    /** The points in {@code state}, in sweep order. */
    public List<PointRecord> in(PointState state) {
        return points.stream().filter(p -> p.state() == state).toList();
    }

    /** How many points are in each state. */
    public Map<PointState, Integer> counts() {
        Map<PointState, Integer> counts = new EnumMap<>(PointState.class);
        for (PointState s : PointState.values()) {
            counts.put(s, in(s).size());
        }
        return counts;
    }

    /** E.g. {@code 4 done, 1 failed, 1 pending} (states with no point left out). */
    public String summary() {
        return counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().json()).collect(Collectors.joining(", "));
    }
}
