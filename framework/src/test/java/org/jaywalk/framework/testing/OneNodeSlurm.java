package org.jaywalk.framework.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A one-node Slurm on this machine for tests: {@code munged}, {@code slurmctld} and {@code slurmd} (Debian
 * {@code slurm-wlm}, {@code munge}) with their key, configuration and state in a folder. Installs nothing:
 * {@link #unavailable()} says why it cannot run here. Closing it stops the three daemons it started.
 */
public final class OneNodeSlurm implements AutoCloseable {

    private static final List<String> PROGRAMS = List.of("munged", "slurmctld", "slurmd", "sbatch", "srun", "sinfo");

    private final Path folder;
    private final List<Process> daemons = new ArrayList<>();

    private OneNodeSlurm(Path folder) {
        this.folder = folder;
    }

    /** Why no Slurm can start here (a missing program, not root), or empty when it can. */
    public static Optional<String> unavailable() {
        for (String program : PROGRAMS) {
            if (find(program) == null) {
                return Optional.of("'" + program + "' is not installed (apt-get install slurm-wlm munge)");
            }
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return Optional.of("slurmd needs root to start jobs as their users; the tests run as "
                    + System.getProperty("user.name"));
        }
        return Optional.empty();
    }

    /** Starts the daemons with everything in {@code folder}; returns once the node is idle. */
    public static OneNodeSlurm start(Path folder) throws IOException, InterruptedException {
        OneNodeSlurm slurm = new OneNodeSlurm(folder);
        try {
            slurm.startDaemons();
            slurm.awaitIdle(Duration.ofSeconds(60));
            return slurm;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            slurm.close();
            throw e;
        }
    }

    private void startDaemons() throws IOException, InterruptedException {
        for (String sub : List.of("state", "spool", "munge")) {
            Files.createDirectories(folder.resolve(sub), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        byte[] key = new byte[1024];
        new SecureRandom().nextBytes(key);
        Path keyFile = Files.write(folder.resolve("munge/munge.key"), key);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("r--------"));
        Path munge = folder.resolve("munge");
        daemons.add(daemon(List.of(find("munged"), "--foreground", "--force", "--key-file=" + keyFile,
                "--socket=" + munge.resolve("munge.socket"), "--pid-file=" + munge.resolve("munged.pid"),
                "--log-file=" + munge.resolve("munged.log"), "--seed-file=" + munge.resolve("munged.seed")), "munged"));
        List<Integer> ports = WorkerProcess.freePorts(2);
        Files.writeString(conf(), String.join("\n",
                "ClusterName=jaywalktest", "SlurmctldHost=localhost", "SlurmUser=root", "SlurmdUser=root",
                "AuthType=auth/munge", "CredType=cred/munge", "AuthInfo=socket=" + munge.resolve("munge.socket"),
                "StateSaveLocation=" + folder.resolve("state"), "SlurmdSpoolDir=" + folder.resolve("spool"),
                "SlurmctldPidFile=" + folder.resolve("slurmctld.pid"), "SlurmdPidFile=" + folder.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + folder.resolve("slurmctld.log"), "SlurmdLogFile=" + folder.resolve("slurmd.log"),
                "SlurmctldPort=" + ports.get(0), "SlurmdPort=" + ports.get(1),
                "ProctrackType=proctrack/linuxproc", "TaskPlugin=task/none", "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core", "MpiDefault=none", "ReturnToService=2", "SchedulerType=sched/backfill",
                "JobAcctGatherType=jobacct_gather/none", "AccountingStorageType=accounting_storage/none",
                "NodeName=localhost CPUs=2 RealMemory=1000 State=UNKNOWN",
                "PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP OverSubscribe=YES", ""));
        Thread.sleep(500); // munged creates its socket
        daemons.add(daemon(List.of(find("slurmctld"), "-D", "-f", conf().toString()), "slurmctld"));
        daemons.add(daemon(List.of(find("slurmd"), "-D", "-f", conf().toString()), "slurmd"));
    }

    private Process daemon(List<String> command, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(name + ".out").toFile());
        builder.environment().putAll(environment());
        return builder.start();
    }

    private void awaitIdle(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String state = "";
        while (System.nanoTime() < deadline) {
            ProcessBuilder sinfo = new ProcessBuilder(find("sinfo"), "-h", "-o", "%t").redirectErrorStream(true);
            sinfo.environment().putAll(environment());
            Process p = sinfo.start();
            state = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor(10, TimeUnit.SECONDS);
            if (state.equals("idle")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the Slurm node is '" + state + "', not idle, after " + timeout.toSeconds() + " s; logs in " + folder);
    }

    private Path conf() {
        return folder.resolve("slurm.conf");
    }

    /** The environment every Slurm command of this cluster needs ({@code SLURM_CONF}). */
    public Map<String, String> environment() {
        return Map.of("SLURM_CONF", conf().toString());
    }

    private static String find(String program) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program).toString();
            }
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = daemons.size() - 1; i >= 0; i--) {
            daemons.get(i).destroy();
            if (!daemons.get(i).waitFor(20, TimeUnit.SECONDS)) {
                daemons.get(i).destroyForcibly();
            }
        }
    }
}
