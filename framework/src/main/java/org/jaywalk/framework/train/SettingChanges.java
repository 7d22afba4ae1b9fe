package org.jaywalk.framework.train;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The settings in which a resumed run's configuration differs from the one its newest checkpoint was trained
 * with, leaving out those that change how long, how visibly or where the run trains but not what it computes:
 * run length, logging, checkpoint cadence, threads, prefetching, the run's name and place, cluster addresses,
 * plugin folders and the evaluation after training.
 */
final class SettingChanges {

    /** Keys (and blocks) a resumed run may change freely. */
    static final List<String> FREE = List.of("experiment.output-dir", "experiment.name", "experiment.run-name",
            "train.epochs", "train.max-steps", "train.log-every", "train.checkpoint-every", "train.keep-checkpoints",
            "train.prefetch", "train.intra-op-threads", "train.inter-op-threads", "train.cluster", "evaluation",
            "plugins.folders");

    /** One changed setting: before and after, rendered as HOCON ({@code (unset)} when absent). */
    record Change(String key, String before, String after) {
        @Override
        public String toString() {
            return key + " (" + before + " -> " + after + ")";
        }
    }

    private SettingChanges() {
    }

    /** The changed settings that are not {@link #FREE}, sorted by key. */
    static List<Change> between(Config trained, Config now) {
        Map<String, ConfigValue> before = leaves(trained);
        Map<String, ConfigValue> after = leaves(now);
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream().filter(k -> !isFree(k))
                .filter(k -> !Objects.equals(unwrapped(before.get(k)), unwrapped(after.get(k))))
                .map(k -> new Change(k, render(before.get(k)), render(after.get(k)))).toList();
    }

    private static boolean isFree(String key) {
        return FREE.stream().anyMatch(free -> key.equals(free) || key.startsWith(free + "."));
    }

    private static Map<String, ConfigValue> leaves(Config config) {
        return config.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Object unwrapped(ConfigValue value) {
        return value == null ? null : value.unwrapped();
    }

    private static String render(ConfigValue value) {
        if (value == null) {
            return "(unset)";
        }
        String text = value.render(ConfigRenderOptions.concise());
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
