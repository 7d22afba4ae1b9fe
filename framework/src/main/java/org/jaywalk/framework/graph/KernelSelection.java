package org.jaywalk.framework.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.graph.KernelCandidate;
import org.jaywalk.framework.spi.graph.KernelProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which candidate kernel builds each op of a graph (see
 * {@link org.jaywalk.framework.spi.graph.GraphContext#kernel}) and records the choices, which checkpoints keep.
 * Modes: {@link #preferred()} (each op's first candidate), {@link #fixed} (one candidate name for every op that
 * has it, the others their first: {@code train.kernels = conv}) and {@link #auto} ({@code train.kernels = auto}): a choice recorded in the
 * checkpoint being resumed, else the one cached for this machine and shape, else the fastest by measurement,
 * then cached. One shape gets one choice per graph, so towers and repeated blocks agree.
 */
public final class KernelSelection {

    /** The {@code train.kernels} value that measures. */
    public static final String AUTO = "auto";
    private static final Logger LOG = LoggerFactory.getLogger(KernelSelection.class);

    private final String mode;
    private final Map<String, String> recorded;
    private final KernelCache cache;
    private final KernelTimer timer;
    private final Map<String, String> chosen = new LinkedHashMap<>();
    private final Set<String> offered = new TreeSet<>();

    private KernelSelection(String mode, Map<String, String> recorded, KernelCache cache, KernelTimer timer) {
        this.mode = mode;
        this.recorded = Map.copyOf(recorded);
        this.cache = cache;
        this.timer = timer;
    }

    /** Each op's first (preferred) candidate, nothing measured. */
    public static KernelSelection preferred() {
        return new KernelSelection(null, Map.of(), null, null);
    }

    /** The candidate named {@code name} for every op that has it, the others' first; see {@link #checkUsed}. */
    public static KernelSelection fixed(String name) {
        if (AUTO.equals(name)) {
            throw new IllegalArgumentException("use KernelSelection.auto for '" + AUTO + "'");
        }
        return new KernelSelection(name, Map.of(), null, null);
    }

    /**
     * Measured choices.
     *
     * @param recorded choices by problem key that must be kept (from the checkpoint a run resumes)
     * @param cache where measured choices are kept per machine; null for none
     * @param timer measures the candidates of a problem that is neither recorded nor cached
     */
    public static KernelSelection auto(Map<String, String> recorded, KernelCache cache, KernelTimer timer) {
        return new KernelSelection(AUTO, recorded, cache, timer);
    }

    /** The {@code train.kernels} value this selection follows: auto, a kernel name, or null (preferred). */
    public String mode() {
        return mode;
    }

    /** The candidate that builds {@code problem}. */
    public String choose(KernelProblem problem, Map<String, KernelCandidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate kernels for " + problem.key());
        }
        String key = problem.key();
        offered.addAll(candidates.keySet());
        String name = chosen.get(key);
        if (name == null) {
            name = decide(problem, candidates);
            chosen.put(key, name);
        }
        return name;
    }

    private String decide(KernelProblem problem, Map<String, KernelCandidate> candidates) {
        String key = problem.key();
        if (mode == null) {
            return candidates.keySet().iterator().next();
        }
        if (!AUTO.equals(mode)) {
            return candidates.containsKey(mode) ? mode : candidates.keySet().iterator().next();
        }
        String kept = recorded.get(key);
        if (kept != null && candidates.containsKey(kept)) {
            LOG.info("kernel {} for {} (recorded in the checkpoint)", kept, key);
            return kept;
        }
        Optional<String> cached = cache == null ? Optional.empty() : cache.lookup(key).filter(candidates::containsKey);
        if (cached.isPresent()) {
            LOG.info("kernel {} for {} (cached in {})", cached.get(), key, cache.file());
            return cached.get();
        }
        if (candidates.size() == 1) {
            return candidates.keySet().iterator().next();
        }
        Map<String, Double> seconds = timer.seconds(problem, candidates);
        String fastest = candidates.keySet().stream()
                .min((a, b) -> Double.compare(seconds.getOrDefault(a, Double.POSITIVE_INFINITY),
                        seconds.getOrDefault(b, Double.POSITIVE_INFINITY)))
                .orElseThrow();
        LOG.info("kernel {} for {} (measured seconds {})", fastest, key, seconds);
        if (cache != null) {
            cache.store(key, fastest, seconds);
        }
        return fastest;
    }

    /**
     * Checks, once the graph is built, that a fixed kernel name is one some op of it offers (ops without that
     * kernel use their preferred one, e.g. {@code winograd} only exists for 3x3 stride-1 convolutions).
     *
     * @throws ConfigError naming {@code train.kernels} and the kernels the graph's ops offer
     */
    public void checkUsed() {
        if (mode != null && !AUTO.equals(mode) && !offered.isEmpty() && !offered.contains(mode)) {
            throw new ConfigError("train.kernels = " + mode + ": no op of this model has a kernel of that name;"
                    + " use " + AUTO + " or one of " + offered);
        }
    }

    /** Every choice made so far, by problem key, in the order the ops were built. */
    public Map<String, String> choices() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
    }
}
