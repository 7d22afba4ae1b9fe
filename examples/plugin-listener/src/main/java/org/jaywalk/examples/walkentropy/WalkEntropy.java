package org.jaywalk.examples.walkentropy;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.jaywalk.framework.spi.io.AtomicFiles;
import org.jaywalk.framework.spi.train.Every;
import org.jaywalk.framework.spi.train.GraphTaps;
import org.jaywalk.framework.spi.train.StepEvent;
import org.jaywalk.framework.spi.train.TrainingListener;
import org.jaywalk.framework.spi.train.TrainingRun;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Every N steps, the mean entropy (nats) of the rows of each one-step transition matrix the walks expose
 * ({@code transition/<from>-<to>}): a walk that collapses onto one node tends to 0, a uniform walk over N nodes to
 * {@code ln N}. Written to TensorBoard ({@code walk_entropy/<from>-<to>}) and to {@code walk-entropy.tsv} in the
 * run folder.
 */
final class WalkEntropy implements TrainingListener {

    static final String FILE = "walk-entropy.tsv";
    private static final String PREFIX = "transition/";

    private final Every every;
    private Path table;

    WalkEntropy(Every every) {
        this.every = every;
    }

    @Override
    public void onGraphBuilt(GraphTaps taps) {
        Ops tf = taps.tf();
        taps.exposed().forEach((name, tensor) -> {
            if (name.startsWith(PREFIX)) {
                @SuppressWarnings("unchecked")
                Operand<TFloat32> p = (Operand<TFloat32>) tensor; // [B, N, N], rows sum to 1
                Operand<TFloat32> plogp = tf.math.mul(p, tf.math.log(tf.math.maximum(p, tf.constant(1e-12f))));
                // -sum_j p log p per row [B, N], then the mean over rows and clips: a scalar
                taps.fetch(name.substring(PREFIX.length()), tf.math.neg(tf.math.mean(
                        tf.reduceSum(plogp, tf.constant(-1)), tf.constant(new int[] {0, 1}))));
            }
        });
    }

    /** A resumed run keeps the rows of the steps before it resumes (later ones are computed again). */
    @Override
    public void onTrainStart(TrainingRun run) {
        table = run.folder().resolve(FILE);
        if (Files.exists(table)) {
            try (var lines = Files.lines(table)) {
                AtomicFiles.writeString(table, lines.filter(l -> l.startsWith("step") || Long.parseLong(
                        l.substring(0, l.indexOf('\t'))) < run.firstStep()).map(l -> l + "\n").collect(joining()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + table, e);
            }
        }
    }

    @Override
    public boolean fetchesAt(long step, TrainingRun run) {
        return every.includes(step, run);
    }

    @Override
    public void afterStep(StepEvent step) {
        StringBuilder rows = new StringBuilder();
        step.fetched().forEach((pair, entropy) -> {
            double value = entropy.floats()[0];
            step.run().tensorBoard().scalar("walk_entropy/" + pair, value, step.step());
            rows.append(String.format(Locale.ROOT, "%d\t%s\t%.6f%n", step.step(), pair, value));
        });
        if (!rows.isEmpty()) {
            append(rows.toString());
        }
    }

    private void append(String rows) {
        try {
            boolean fresh = !Files.exists(table);
            Files.writeString(table, (fresh ? "step\ttransition\tentropy\n" : "") + rows, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + table, e);
        }
    }
}
