package org.jaywalk.framework.sweep;

import com.google.protobuf.Value;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jaywalk.framework.io.EventRecords;
import org.jaywalk.framework.sweep.HParamsSummaries.HParam;
import org.jaywalk.framework.sweep.HParamsSummaries.Metric;
import org.jaywalk.framework.sweep.HParamsSummaries.Status;
import org.jaywalk.framework.sweep.HParamsSummaries.Type;
import org.tensorflow.proto.Event;
import org.tensorflow.proto.Summary;

/**
 * A sweep as TensorBoard's HParams dashboard shows it ({@code tensorboard --logdir <sweep folder>}): each point is a
 * session whose hyperparameters are its swept settings, and whose metrics are its final metrics. Every point's run
 * folder gets {@value #FILE}: the session's start (the point's values) when the point starts; its final metrics as
 * scalars {@code final/<metric>} at its last step, then the session's end (success or failure), when it ends. The
 * sweep folder gets the experiment (every swept key with its type and values, every final metric of the done points)
 * in a file of the same name, rewritten as points finish.
 *
 * <p>A key whose values are all numbers is a number ranging over their interval; all booleans, a boolean; otherwise
 * (strings, lists, mixed) a string, the value as written in the point's name.
 */
final class SweepHParams {

    /** The event file, in the sweep folder and in each point's run folder; it sorts after TensorFlow's. */
    static final String FILE = "events.out.tfevents.hparams";
    /** The prefix of the final metrics' scalar tags. */
    static final String METRIC_PREFIX = "final/";
    /** Final numbers that say where a run ended rather than how well: the step is the summaries' own. */
    private static final Set<String> POSITIONS = Set.of("step", "epoch");

    private final SweepManifest manifest;
    private final Map<String, List<Assignment>> byKey;

    private SweepHParams(SweepManifest manifest) {
        this.manifest = manifest;
        this.byKey = new TreeMap<>();
        manifest.points().forEach(p -> assignments(p).forEach(a -> byKey.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a)));
    }

    /** The hyperparameters of every point of {@code manifest}. */
    static SweepHParams of(SweepManifest manifest) {
        return new SweepHParams(manifest);
    }

    /** Writes the experiment into the sweep folder once some point is done (its metrics are known then). */
    void writeExperiment(SweepLayout layout) {
        List<PointRecord> done = manifest.in(PointState.DONE);
        if (done.isEmpty()) {
            return;
        }
        List<Metric> metrics = done.stream().flatMap(p -> p.metrics().keySet().stream())
                .filter(name -> !POSITIONS.contains(name)).collect(Collectors.toCollection(TreeSet::new)).stream()
                .map(name -> new Metric(METRIC_PREFIX + name, name, name.startsWith(FinalMetrics.EVAL_PREFIX))).toList();
        EventRecords.write(layout.dir().resolve(FILE), List.of(event(Instant.now(), 0,
                HParamsSummaries.experiment(hparams(), metrics))));
    }

    /** Starts {@code point}'s session in its run folder, replacing what an earlier attempt wrote. */
    void startSession(Path runDir, PointRecord point, Instant start) {
        EventRecords.write(runDir.resolve(FILE), List.of(event(start, 0,
                HParamsSummaries.sessionStart(values(point), runDir.toString(), seconds(start)))));
    }

    /** Ends the session started in {@code runDir}: the final metrics (none after a failure), then its status. */
    static void endSession(Path runDir, Map<String, Double> metrics, boolean success, Instant end) {
        long step = metrics.getOrDefault("step", 0.0).longValue();
        Summary.Builder finals = Summary.newBuilder();
        metrics.forEach((name, v) -> {
            if (!POSITIONS.contains(name)) {
                finals.addValue(Summary.Value.newBuilder().setTag(METRIC_PREFIX + name).setSimpleValue(v.floatValue()));
            }
        });
        List<Event> events = new ArrayList<>();
        if (finals.getValueCount() > 0) {
            events.add(Event.newBuilder().setWallTime(seconds(end)).setStep(step).setSummary(finals).build());
        }
        events.add(event(end, step, HParamsSummaries.sessionEnd(success ? Status.SUCCESS : Status.FAILURE, seconds(end))));
        EventRecords.append(runDir.resolve(FILE), events);
    }

    /** Every swept key's definition, by key. */
    List<HParam> hparams() {
        return byKey.keySet().stream().map(this::definition).toList();
    }

    /** {@code point}'s values, by key, typed as its key's definition. */
    Map<String, Value> values(PointRecord point) {
        Map<String, Value> values = new LinkedHashMap<>();
        assignments(point).forEach(a -> values.put(a.key(), value(a, type(a.key()))));
        return values;
    }

    private HParam definition(String key) {
        Type type = type(key);
        List<Value> values = byKey.get(key).stream().map(a -> value(a, type)).distinct()
                .sorted(Comparator.comparing(Value::toString)).toList();
        if (type != Type.FLOAT64) {
            return new HParam(key, type, values, 0, 0);
        }
        DoubleSummaryStatistics range = values.stream().mapToDouble(Value::getNumberValue).summaryStatistics();
        return new HParam(key, type, List.of(), range.getMin(), range.getMax());
    }

    private Type type(String key) {
        List<Assignment> all = byKey.get(key);
        if (all.stream().allMatch(a -> a.plain() instanceof Number)) {
            return Type.FLOAT64;
        }
        return all.stream().allMatch(a -> a.plain() instanceof Boolean) ? Type.BOOL : Type.STRING;
    }

    private static Value value(Assignment a, Type type) {
        return switch (type) {
            case FLOAT64 -> Value.newBuilder().setNumberValue(((Number) a.plain()).doubleValue()).build();
            case BOOL -> Value.newBuilder().setBoolValue((Boolean) a.plain()).build();
            default -> Value.newBuilder().setStringValue(a.text()).build();
        };
    }

    private static List<Assignment> assignments(PointRecord point) {
        return point.overrides().stream().map(Assignment::parse).toList();
    }

    private static Event event(Instant at, long step, Summary.Value value) {
        return Event.newBuilder().setWallTime(seconds(at)).setStep(step).setSummary(Summary.newBuilder().addValue(value))
                .build();
    }

    private static double seconds(Instant at) {
        return at.toEpochMilli() / 1000.0;
    }
}
