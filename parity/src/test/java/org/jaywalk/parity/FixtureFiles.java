package org.jaywalk.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jaywalk.framework.spi.eval.EvaluationContext;
import org.jaywalk.framework.spi.eval.EvaluationProgress;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.NpzArchive;
import org.jaywalk.framework.testkit.FrameworkServices;
import org.jaywalk.plugins.davis.PropagationSettings;
import org.jaywalk.plugins.resnet.Padding;
import org.jaywalk.plugins.resnet.ResNetEncoder;
import org.junit.jupiter.api.Assumptions;

/**
 * What an evaluation fixture folder holds for every benchmark: {@code expected.json} (settings and the reference's
 * numbers), {@code reference.npz} (its arrays), the reference's settings as Jaywalk's, and the checkpoint they were
 * made with, looked up beside the fixture and up to two folders above it (the shared set keeps it in
 * {@code shared/reference/}); end-to-end checks skip with a message when it is absent.
 */
final class FixtureFiles {

    private final Path dir;
    private final JsonNode expected;
    private final Map<String, HostArray> arrays;

    FixtureFiles(Path dir) {
        this.dir = dir;
        try {
            this.expected = new ObjectMapper().readTree(Files.readString(dir.resolve("expected.json")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("expected.json"), e);
        }
        this.arrays = NpzArchive.readAll(dir.resolve("reference.npz"));
    }

    Path dir() {
        return dir;
    }

    JsonNode expected() {
        return expected;
    }

    HostArray array(String key) {
        HostArray a = arrays.get(key);
        if (a == null) {
            throw new AssertionError(dir.resolve("reference.npz") + " has no array '" + key + "'");
        }
        return a;
    }

    /** The arrays of another {@code .npz} of the fixture (e.g. {@code corner/reference.npz}). */
    Map<String, HostArray> arrays(String relative) {
        return NpzArchive.readAll(dir.resolve(relative));
    }

    /** {@code settings}: videoLen, topk, radius, temperature, long_mem, norm_mask. */
    PropagationSettings propagation() {
        JsonNode s = expected.get("settings");
        List<Integer> longMemory = new ArrayList<>();
        s.path("long_mem").forEach(m -> longMemory.add(m.asInt()));
        return new PropagationSettings(s.get("videoLen").asInt(), s.get("topk").asInt(), s.get("radius").asDouble(),
                s.get("temperature").asDouble(), longMemory.isEmpty() ? List.of(0) : longMemory,
                s.path("norm_mask").asBoolean(false));
    }

    int crop() {
        return expected.get("settings").get("crop").asInt();
    }

    /** The context of an end-to-end run with the fixture's checkpoint (skips the caller when it is absent). */
    EvaluationContext context(Path out) {
        String name = expected.get("settings").path("checkpoint").asText("crw-resnet18.pth");
        Path found = null;
        for (Path d = dir; d != null && found == null && d.getNameCount() >= dir.getNameCount() - 2; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(name))) {
                found = d.resolve(name);
            }
        }
        Assumptions.assumeTrue(found != null, dir.getFileName() + " end to end skipped: " + name
                + " is not beside the fixture nor up to two folders above it");
        return new EvaluationContext(new ResNetEncoder(18, Padding.REFLECT, Set.of("layer4")),
                FrameworkServices.testTimeFeatures().weights(found), FrameworkServices.testTimeFeatures(), out,
                EvaluationProgress.SILENT, SessionSettings.defaults());
    }

    /** The number of positions where two float arrays differ (NaN equals NaN). */
    static int mismatches(float[] expected, float[] actual) {
        if (expected.length != actual.length) {
            throw new AssertionError("arrays of " + expected.length + " and " + actual.length + " values");
        }
        int n = 0;
        for (int i = 0; i < expected.length; i++) {
            n += Float.compare(expected[i], actual[i]) == 0 || expected[i] == actual[i] ? 0 : 1;
        }
        return n;
    }
}
