package org.jaywalk.framework.train;

import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.spi.config.ConfigError;

/**
 * What {@code train --resume} does when the experiment's settings differ from those the run's newest checkpoint
 * was trained with ({@link SettingChanges}): it refuses, listing the changed keys, unless the changes are allowed
 * ({@code --allow-changes}); allowed changes are recorded in the run folder ({@link RunFolder#recordChanges}).
 */
public final class ResumedSettings {

    private ResumedSettings() {
    }

    /**
     * @throws ConfigError listing the changed keys when there are any and {@code allowChanges} is false
     */
    public static void check(RunFolder run, ResolvedExperiment experiment, boolean allowChanges) {
        Optional<CheckpointMeta> meta = new CheckpointStore(run.checkpointsDir(), 1).latestMeta();
        if (meta.isEmpty() || meta.get().config().isBlank()) {
            return; // nothing to compare with
        }
        List<SettingChanges.Change> changes = SettingChanges.between(ConfigFactory.parseString(meta.get().config()),
                experiment.config());
        if (changes.isEmpty()) {
            return;
        }
        long step = meta.get().position().step();
        String listed = changes.stream().map(SettingChanges.Change::toString).collect(Collectors.joining(", "));
        if (!allowChanges) {
            throw new ConfigError("run folder " + run + " was trained to step " + step + " with other settings: "
                    + listed + "; resume with the settings it was trained with, or add --allow-changes to apply"
                    + " these from step " + step + " (they are recorded in the run folder)");
        }
        run.recordChanges(step, listed);
    }
}
