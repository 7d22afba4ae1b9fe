package org.jaywalk.framework.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tensorflow.TensorFlow;

/**
 * The kernels measured on this machine, a JSON file (by default {@link #defaultFile()}):
 * {@code {"machines": {"<machine>": {"<problem key>": {"kernel": "conv", "seconds": {"conv": .., "matmul": ..}}}}}}.
 * The machine key names the CPU model, its logical cores, the intra-op thread setting and the TensorFlow version,
 * since each changes which kernel wins. An unreadable file is ignored (it is only a cache) and rewritten; writes
 * go to a temporary file that is then renamed.
 */
public final class KernelCache {

    private static final Logger LOG = LoggerFactory.getLogger(KernelCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String machine;

    public KernelCache(Path file, String machine) {
        this.file = file;
        this.machine = machine;
    }

    /** {@code $JAYWALK_KERNEL_CACHE} when set (the build points it into {@code target/}), else {@code ~/.cache/jaywalk/kernels.json}. */
    public static Path defaultFile() {
        String env = System.getenv("JAYWALK_KERNEL_CACHE");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "jaywalk", "kernels.json");
    }

    /** This machine under these thread settings, e.g. {@code Intel(R) Xeon(R) ... | 2 cpus | intra 0 | TF 2.18.0}. */
    public static String machine(SessionSettings settings) {
        return cpuModel() + " | " + Runtime.getRuntime().availableProcessors() + " cpus | intra "
                + settings.intraOpThreads() + " | TF " + TensorFlow.version();
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(System.getProperty("os.arch"));
        } catch (IOException | UncheckedIOException e) {
            return System.getProperty("os.name").toLowerCase(Locale.ROOT) + " " + System.getProperty("os.arch");
        }
    }

    public Path file() {
        return file;
    }

    /** The kernel cached for {@code key} on this machine. */
    public Optional<String> lookup(String key) {
        JsonNode entry = read().path("machines").path(machine).path(key).path("kernel");
        return entry.isTextual() ? Optional.of(entry.asText()) : Optional.empty();
    }

    /** Records the measured times of {@code key} and the kernel chosen; a failed write is only logged. */
    public void store(String key, String kernel, Map<String, Double> seconds) {
        ObjectNode root = read();
        ObjectNode machines = root.has("machines") && root.get("machines").isObject()
                ? (ObjectNode) root.get("machines") : root.putObject("machines");
        ObjectNode here = machines.has(machine) && machines.get(machine).isObject()
                ? (ObjectNode) machines.get(machine) : machines.putObject(machine);
        ObjectNode entry = here.putObject(key);
        entry.put("kernel", kernel);
        ObjectNode times = entry.putObject("seconds");
        seconds.forEach(times::put);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            try {
                JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            LOG.warn("could not write the kernel cache {}: {}", file, e.getMessage());
        }
    }

    private ObjectNode read() {
        if (!Files.isRegularFile(file)) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            LOG.warn("ignoring the unreadable kernel cache {}: {}", file, e.getMessage());
        }
        return JSON.createObjectNode();
    }
}
