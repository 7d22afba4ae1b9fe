package org.jaywalk.framework.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jaywalk.framework.spi.io.AtomicFiles;

/**
 * Submits the pending points as one Slurm array job ({@link SlurmScript}), written to {@code sweep.sbatch} in
 * the sweep folder and handed to {@code sbatch}. Returns once submitted; the tasks record their states in the
 * manifest, and {@code jaywalk sweep --resume --launcher slurm} submits what is left.
 */
public final class SlurmLauncher implements PointLauncher {

    private final String jobName;
    private final ChildJvm jvm;
    private final int parallel;
    private final List<Path> pluginFolders;
    private final List<String> sbatchOptions;
    private final String sbatch;

    /**
     * @param parallel at most this many tasks at once (0: no limit)
     * @param sbatchOptions extra {@code #SBATCH} options
     * @param sbatch the submit command ({@code sbatch})
     */
    public SlurmLauncher(String jobName, ChildJvm jvm, int parallel, List<Path> pluginFolders, List<String> sbatchOptions,
                         String sbatch) {
        this.jobName = jobName;
        this.jvm = jvm;
        this.parallel = parallel;
        this.pluginFolders = List.copyOf(pluginFolders);
        this.sbatchOptions = List.copyOf(sbatchOptions);
        this.sbatch = sbatch;
    }

    @Override
    public boolean waits() {
        return false;
    }

    /** Prints the script. */
    @Override
    public void preview(SweepLayout layout, List<PointTask> tasks, PrintWriter out) {
        if (tasks.isEmpty()) {
            out.println("nothing to submit");
            return;
        }
        out.print(script(layout, tasks).render());
    }

    @Override
    public void launch(ManifestStore store, List<PointTask> tasks, PrintWriter out) {
        if (tasks.isEmpty()) {
            out.println("nothing to submit");
            return;
        }
        Path file = store.layout().slurmScript();
        AtomicFiles.writeString(file, script(store.layout(), tasks).render());
        setExecutable(file);
        out.println("wrote " + file);
        Process process;
        try {
            process = new ProcessBuilder(sbatch, file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run '" + sbatch + "' (" + e.getMessage() + "): submit the job on a"
                    + " Slurm login node with: sbatch " + file);
        }
        try {
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int code = process.waitFor();
            out.println(said);
            if (code != 0) {
                throw new IllegalStateException(sbatch + " " + file + " failed with exit code " + code + ": " + said);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SlurmScript script(SweepLayout layout, List<PointTask> tasks) {
        return new SlurmScript(jobName, layout, tasks, jvm, pluginFolders, parallel, sbatchOptions);
    }

    private static void setExecutable(Path file) {
        try {
            java.nio.file.Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException | UnsupportedOperationException e) {
            // not POSIX: sbatch reads the file anyway
        }
    }
}
