package org.jaywalk.framework.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.graph.KernelCandidate;
import org.jaywalk.framework.spi.graph.KernelProblem;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kernel choice by mode, checkpoint record, cache and (injected) measurement; no real timing. */
class KernelSelectionTest {

    private static final KernelProblem SMALL = new KernelProblem("conv3x3/s1",
            List.of(new long[] {2, 6, 6, 4}, new long[] {3, 3, 4, 8}), true);
    private static final KernelProblem LARGE = new KernelProblem("conv3x3/s1",
            List.of(new long[] {2, 10, 10, 4}, new long[] {3, 3, 4, 8}), true);

    @TempDir
    Path dir;

    private final List<String> timed = new ArrayList<>();

    /** A timer that makes {@code fastest} win and notes every problem it timed. */
    private KernelTimer timerPreferring(String fastest) {
        return (problem, candidates) -> {
            timed.add(problem.key());
            Map<String, Double> seconds = new LinkedHashMap<>();
            candidates.keySet().forEach(name -> seconds.put(name, name.equals(fastest) ? 1.0 : 2.0));
            return seconds;
        };
    }

    private static Map<String, KernelCandidate> candidates() {
        Map<String, KernelCandidate> c = new LinkedHashMap<>();
        c.put("matmul", (tf, in) -> in.get(0));
        c.put("conv", (tf, in) -> in.get(0));
        return c;
    }

    private KernelCache cache() {
        return new KernelCache(dir.resolve("cache/kernels.json"), "test machine");
    }

    @Test
    void keyNamesOpShapesAndGradients() {
        assertEquals("conv3x3/s1 [2,6,6,4][3,3,4,8] fwd+bwd", SMALL.key());
        assertEquals("conv3x3/s1 [2,6,6,4] fwd", new KernelProblem("conv3x3/s1", List.of(new long[] {2, 6, 6, 4}), false).key());
    }

    @Test
    void preferredTakesTheFirstCandidate() {
        assertEquals("matmul", KernelSelection.preferred().choose(SMALL, candidates()));
    }

    @Test
    void fixedModeUsesTheNamedKernelWhereOfferedAndRefusesAnUnknownOne() {
        KernelSelection conv = KernelSelection.fixed("conv");
        assertEquals("conv", conv.choose(SMALL, candidates()));
        conv.checkUsed();
        Map<String, KernelCandidate> more = new LinkedHashMap<>(candidates());
        more.put("winograd", (tf, in) -> in.get(0));
        KernelSelection winograd = KernelSelection.fixed("winograd");
        assertEquals("winograd", winograd.choose(SMALL, more));
        assertEquals("matmul", winograd.choose(LARGE, candidates()));
        winograd.checkUsed();

        KernelSelection unknown = KernelSelection.fixed("fft");
        assertEquals("matmul", unknown.choose(SMALL, candidates()));
        ConfigError e = assertThrows(ConfigError.class, unknown::checkUsed);
        assertTrue(e.getMessage().contains("train.kernels = fft"), e.getMessage());
        assertTrue(e.getMessage().contains("[conv, matmul]"), e.getMessage());
    }

    @Test
    void autoMeasuresOncePerShapeCachesAndRecords() {
        KernelSelection selection = KernelSelection.auto(Map.of(), cache(), timerPreferring("conv"));
        assertEquals("conv", selection.choose(SMALL, candidates()));
        assertEquals("conv", selection.choose(SMALL, candidates()));
        assertEquals("conv", selection.choose(LARGE, candidates()));
        assertEquals(List.of(SMALL.key(), LARGE.key()), timed);
        assertEquals(Map.of(SMALL.key(), "conv", LARGE.key(), "conv"), selection.choices());
        assertTrue(Files.isRegularFile(dir.resolve("cache/kernels.json")));

        // a later run on the same machine reads the cache instead of measuring
        KernelSelection later = KernelSelection.auto(Map.of(), cache(), timerPreferring("matmul"));
        assertEquals("conv", later.choose(SMALL, candidates()));
        assertEquals(2, timed.size());
        // another machine measures anew
        KernelSelection elsewhere = KernelSelection.auto(Map.of(),
                new KernelCache(dir.resolve("cache/kernels.json"), "other machine"), timerPreferring("matmul"));
        assertEquals("matmul", elsewhere.choose(SMALL, candidates()));
    }

    @Test
    void autoKeepsTheChoiceRecordedInTheCheckpoint() {
        cache().store(SMALL.key(), "conv", Map.of("conv", 1.0, "matmul", 2.0));
        KernelSelection resumed = KernelSelection.auto(Map.of(SMALL.key(), "matmul"), cache(), timerPreferring("conv"));
        assertEquals("matmul", resumed.choose(SMALL, candidates()));
        assertTrue(timed.isEmpty());
    }

    @Test
    void anUnreadableCacheIsIgnoredAndRewritten() throws Exception {
        Path file = dir.resolve("cache/kernels.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ not json");
        KernelSelection selection = KernelSelection.auto(Map.of(), cache(), timerPreferring("matmul"));
        assertEquals("matmul", selection.choose(SMALL, candidates()));
        assertEquals("matmul", cache().lookup(SMALL.key()).orElseThrow());
    }

    @Test
    void machineKeyNamesThreadsAndTensorFlow() {
        String machine = KernelCache.machine(new SessionSettings(1, 0, 1));
        assertTrue(machine.contains("intra 1") && machine.contains("TF "), machine);
    }
}
