package org.jaywalk.framework.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Test support for checks against a live PyTorch: finds a Python interpreter that imports {@code torch}
 * ({@code $JAYWALK_PYTHON}, then {@code python3}, then {@code /usr/bin/python3}) and runs scripts with it.
 * Tests that need it skip with a clear message when there is none (CI need not install PyTorch: the
 * committed fixtures cover the formats without it).
 */
public final class LiveTorch {

    private static final long TIMEOUT_MINUTES = 8;
    private static Optional<String> python;

    private LiveTorch() {
    }

    /** The interpreter to use; skips the calling test when no interpreter imports torch (and torchvision). */
    public static String requirePython() {
        Optional<String> found = find();
        assumeTrue(found.isPresent(), "no Python with torch and torchvision: skipping (tried $JAYWALK_PYTHON, "
                + "python3, /usr/bin/python3; on Debian: apt-get install python3-torch python3-torchvision)");
        return found.get();
    }

    /**
     * Runs {@code script} with {@code args}; fails the test with the script's output if it exits non-zero.
     *
     * @return what the script printed (stdout and stderr)
     */
    public static String run(Path script, String... args) {
        List<String> command = new ArrayList<>(List.of(requirePython(), script.toString()));
        command.addAll(List.of(args));
        Result r = execute(command);
        if (r.exit() != 0) {
            throw new AssertionError("'" + String.join(" ", command) + "' failed (exit " + r.exit() + "):\n" + r.output());
        }
        return r.output();
    }

    private static synchronized Optional<String> find() {
        if (python == null) {
            List<String> candidates = new ArrayList<>();
            String env = System.getenv("JAYWALK_PYTHON");
            if (env != null && !env.isBlank()) {
                candidates.add(env);
            }
            candidates.addAll(List.of("python3", "/usr/bin/python3"));
            python = candidates.stream()
                    .filter(p -> execute(List.of(p, "-c", "import torch, torchvision")).exit() == 0).findFirst();
        }
        return python;
    }

    private record Result(int exit, String output) {
    }

    private static Result execute(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(-1, "timed out");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }
}
