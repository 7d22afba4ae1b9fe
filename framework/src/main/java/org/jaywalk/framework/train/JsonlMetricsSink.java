package org.jaywalk.framework.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * {@code metrics.jsonl}: one JSON object per logged step ({@code step}, {@code epoch}, {@code loss},
 * {@code lr}, {@code clips_per_s} and every diagnostic by name), flushed line by line.
 */
public final class JsonlMetricsSink implements MetricSink {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final BufferedWriter out;

    private JsonlMetricsSink(Path file, BufferedWriter out) {
        this.file = file;
        this.out = out;
    }

    /**
     * Opens {@code file} for appending. Lines of steps at or after {@code firstStep} (logged after the
     * checkpoint a run resumes from) are dropped first, so every step appears once.
     */
    public static JsonlMetricsSink open(Path file, long firstStep) {
        try {
            keepStepsBefore(file, firstStep);
            return new JsonlMetricsSink(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    private static void keepStepsBefore(Path file, long firstStep) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<String> kept = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && stepOf(line) < firstStep).toList();
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, kept, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static long stepOf(String line) {
        try {
            JsonNode step = JSON.readTree(line).get("step");
            return step == null ? Long.MAX_VALUE : step.asLong();
        } catch (IOException e) {
            return Long.MAX_VALUE; // a torn last line from a crash
        }
    }

    @Override
    public void log(StepMetrics m) {
        ObjectNode line = JSON.createObjectNode()
                .put("step", m.step())
                .put("epoch", m.epoch())
                .put("loss", m.loss())
                .put("lr", m.learningRate())
                .put("clips_per_s", m.clipsPerSecond());
        m.diagnostics().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(d -> line.put(d.getKey(), d.getValue()));
        try {
            out.write(JSON.writeValueAsString(line));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
