package org.jaywalk.framework.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jaywalk.framework.graph.StepResult;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.train.CheckpointEvent;
import org.jaywalk.framework.spi.train.EpochEvent;
import org.jaywalk.framework.spi.train.EvaluationEvent;
import org.jaywalk.framework.spi.train.GraphTaps;
import org.jaywalk.framework.spi.train.StepEvent;
import org.jaywalk.framework.spi.train.TrainEndEvent;
import org.jaywalk.framework.spi.train.TrainingListener;
import org.jaywalk.framework.spi.train.TrainingRun;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;

/**
 * Hands every training event to the run's listeners, in order. Each listener's fetches live under its own
 * prefix in the graph, so listeners never see each other's values; closing closes every listener, even when
 * one fails.
 */
final class ListenerBus implements AutoCloseable {

    private final List<TrainingListener> listeners = new ArrayList<>();
    /** Per listener that tapped the graph: where its fetches live and their names, as it gave them. */
    private final Map<TrainingListener, Tapped> fetches = new LinkedHashMap<>();
    private TrainingRun run;

    /** A listener's fetches: graph probes named {@code fetch:<prefix><name>}. */
    private record Tapped(String prefix, List<String> names) {
        String probe(String name) {
            return TrainingGraph.fetchProbe(prefix + name);
        }
    }

    ListenerBus(List<TrainingListener> listeners) {
        this.listeners.addAll(listeners);
    }

    /** Adds {@code more} before the listeners already on the bus. */
    void addFirst(List<TrainingListener> more) {
        listeners.addAll(0, more);
    }

    /** Adds {@code more} after the listeners already on the bus. */
    void addLast(List<TrainingListener> more) {
        listeners.addAll(more);
    }

    /** Lets every listener tap the graph being built; each listener's fetch names get its own prefix. */
    void graphBuilt(GraphTaps taps) {
        for (int i = 0; i < listeners.size(); i++) {
            TrainingListener listener = listeners.get(i);
            String prefix = "listener" + i + "/";
            List<String> names = fetches.computeIfAbsent(listener, l -> new Tapped(prefix, new ArrayList<>())).names();
            listener.onGraphBuilt(new GraphTaps() {
                @Override
                public Ops tf() {
                    return taps.tf();
                }

                @Override
                public Map<String, Operand<?>> exposed() {
                    return taps.exposed();
                }

                @Override
                public void fetch(String name, Operand<?> tensor) {
                    taps.fetch(prefix + name, tensor);
                    names.add(name);
                }
            });
        }
    }

    void start(TrainingRun training) {
        this.run = training;
        each(l -> l.onTrainStart(training));
    }

    /** The graph probes to fetch in {@code step}: the fetches of every listener that wants them. */
    List<String> probesAt(long step) {
        List<String> probes = new ArrayList<>();
        fetches.forEach((listener, tapped) -> {
            if (!tapped.names().isEmpty() && listener.fetchesAt(step, run)) {
                tapped.names().forEach(n -> probes.add(tapped.probe(n)));
            }
        });
        return probes;
    }

    void stepDone(long step, int epoch, double learningRate, StepResult result) {
        for (TrainingListener listener : List.copyOf(listeners)) {
            Map<String, HostArray> fetched = new LinkedHashMap<>();
            Tapped tapped = fetches.get(listener);
            for (String name : tapped == null ? List.<String>of() : tapped.names()) {
                if (result.probes().containsKey(tapped.probe(name))) {
                    fetched.put(name, result.probe(tapped.probe(name)));
                }
            }
            listener.afterStep(new StepEvent(step, epoch, result.loss(), learningRate, result.diagnostics(), fetched,
                    run));
        }
    }

    void checkpointWritten(long step, Path file) {
        each(l -> l.onCheckpoint(new CheckpointEvent(step, file, run)));
    }

    void epochEnded(int epoch, long step) {
        each(l -> l.onEpochEnd(new EpochEvent(epoch, step, run)));
    }

    void trainEnded(long steps, double lastLoss) {
        each(l -> l.onTrainEnd(new TrainEndEvent(steps, lastLoss, run)));
    }

    void evaluated(EvaluationResult result, Path weights, Path folder) {
        each(l -> l.onEvaluation(new EvaluationEvent(result, weights, folder, run)));
    }

    private void each(Consumer<TrainingListener> event) {
        // a copy: a listener may cause events of its own (a checkpoint written at the end of training)
        List.copyOf(listeners).forEach(event);
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (TrainingListener listener : listeners) {
            try {
                listener.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
