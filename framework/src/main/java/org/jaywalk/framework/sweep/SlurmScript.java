package org.jaywalk.framework.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code sbatch} array job with one task per point: task i runs {@code jaywalk sweep run-point} for the i-th
 * listed point, which records its state in the shared manifest exactly as a local run does, so
 * {@code jaywalk sweep --resume} works the same after cluster runs. Paths are absolute: the sweep folder and the
 * installation must be on a file system the nodes share.
 *
 * @param jobName the job's name
 * @param layout the sweep folder
 * @param tasks the points, one array task each
 * @param jvm how to start {@code jaywalk} on a node
 * @param pluginFolders {@code --plugins} folders to pass on
 * @param parallel at most this many tasks at once ({@code --array=0-N%parallel}); 0 for no limit
 * @param sbatchOptions extra {@code #SBATCH} options, e.g. {@code --time=02:00:00}
 */
public record SlurmScript(String jobName, SweepLayout layout, List<PointTask> tasks, ChildJvm jvm,
                          List<Path> pluginFolders, int parallel, List<String> sbatchOptions) {

    public SlurmScript {
        tasks = List.copyOf(tasks);
        pluginFolders = List.copyOf(pluginFolders);
        sbatchOptions = List.copyOf(sbatchOptions);
    }

    /** The script's text. */
    public String render() {
        if (tasks.isEmpty()) {
            throw new IllegalStateException("no pending point to submit");
        }
        List<String> lines = new ArrayList<>();
        lines.add("#!/bin/bash");
        lines.add("#SBATCH --job-name=" + jobName);
        lines.add("#SBATCH --array=0-" + (tasks.size() - 1) + (parallel > 0 ? "%" + parallel : ""));
        lines.add("#SBATCH --output=" + layout.dir().resolve("slurm-%A_%a.out"));
        sbatchOptions.forEach(o -> lines.add("#SBATCH " + o));
        lines.add("# Written by 'jaywalk sweep --launcher slurm': one array task per pending point of");
        lines.add("# " + layout.dir() + "; each task records its state in manifest.json there.");
        lines.add("set -euo pipefail");
        lines.add("POINTS=(");
        tasks.forEach(t -> lines.add("  " + quote(t.point())));
        lines.add(")");
        lines.add("POINT=\"${POINTS[$SLURM_ARRAY_TASK_ID]}\"");
        lines.add("THREADS=()");
        if (tasks.stream().allMatch(PointTask::threadsUnset)) {
            lines.add("# the experiments leave TensorFlow's thread pools unset: use the CPUs Slurm gives the task");
            lines.add("if [ -n \"${SLURM_CPUS_PER_TASK:-}\" ]; then");
            lines.add("  THREADS=(train.intra-op-threads=$SLURM_CPUS_PER_TASK train.inter-op-threads=$SLURM_CPUS_PER_TASK)");
            lines.add("fi");
        }
        lines.add("mkdir -p " + quote(layout.dir().toString()) + "/\"$POINT\"");
        lines.add("exec >>" + quote(layout.dir().toString()) + "/\"$POINT\"/output.log 2>&1");
        List<String> command = jvm.command(List.of(), List.of());
        List<String> quoted = new ArrayList<>(command.stream().map(SlurmScript::quote).toList());
        quoted.addAll(List.of("sweep", PointCommand.RUN_POINT, quote(layout.dir().toString()), "\"$POINT\"",
                "${THREADS[@]+\"${THREADS[@]}\"}"));
        pluginFolders.forEach(f -> quoted.addAll(List.of("--plugins", quote(f.toAbsolutePath().normalize().toString()))));
        lines.add("exec " + String.join(" ", quoted));
        return String.join("\n", lines) + "\n";
    }

    /** Single-quoted for bash. */
    static String quote(String text) {
        return text.matches("[A-Za-z0-9_./=:,+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
