package org.jaywalk.framework.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs points on this machine, {@code parallel} at a time, each in a child JVM ({@code jaywalk sweep run-point})
 * whose output goes to {@code <point>/output.log}. The cores are split between the children when their
 * experiments leave the thread counts unset. Children stop when this process dies (see {@link ParentWatch}),
 * leaving their points {@code running}, i.e. interrupted, for {@code --resume}.
 */
public final class LocalLauncher implements PointLauncher {

    private final ChildJvm jvm;
    private final int parallel;
    private final int cores;
    private final List<Path> pluginFolders;

    /**
     * @param parallel points run at once
     * @param pluginFolders {@code --plugins} folders to pass on
     */
    public LocalLauncher(ChildJvm jvm, int parallel, List<Path> pluginFolders) {
        this(jvm, parallel, Runtime.getRuntime().availableProcessors(), pluginFolders);
    }

    LocalLauncher(ChildJvm jvm, int parallel, int cores, List<Path> pluginFolders) {
        if (parallel < 1) {
            throw new IllegalArgumentException("--parallel must be 1 or more, got " + parallel);
        }
        this.jvm = jvm;
        this.parallel = parallel;
        this.cores = cores;
        this.pluginFolders = List.copyOf(pluginFolders);
    }

    @Override
    public boolean waits() {
        return true;
    }

    @Override
    public void preview(SweepLayout layout, List<PointTask> tasks, PrintWriter out) {
        out.printf("would run %d point(s), %d at a time, each as a child JVM, e.g.:%n", tasks.size(), parallel);
        if (!tasks.isEmpty()) {
            out.println("  " + String.join(" ", command(layout, tasks.get(0))));
        }
    }

    @Override
    public void launch(ManifestStore store, List<PointTask> tasks, PrintWriter out) {
        Set<Process> running = ConcurrentHashMap.newKeySet();
        Thread stopChildren = new Thread(() -> running.forEach(Process::destroy), "jaywalk-sweep-stop-children");
        Runtime.getRuntime().addShutdownHook(stopChildren);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        AtomicInteger finished = new AtomicInteger();
        try {
            List<Future<?>> futures = tasks.stream().<Future<?>>map(task -> pool.submit(() -> {
                runOne(store, task, running);
                report(store, task, finished.incrementAndGet(), tasks.size(), out);
            })).toList();
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            removeHook(stopChildren);
        }
    }

    private void runOne(ManifestStore store, PointTask task, Set<Process> running) {
        SweepLayout layout = store.layout();
        Path log = layout.pointLog(task.point());
        long started = System.nanoTime();
        int code;
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command(layout, task)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            running.add(process);
            try {
                code = process.waitFor();
            } finally {
                running.remove(process);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the process of point " + task.point(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        PointState state = store.read().point(task.point()).map(PointRecord::state).orElse(PointState.FAILED);
        if (state != PointState.DONE && state != PointState.FAILED) {
            // the process died before recording its end (crash, out of memory, killed)
            store.markFailed(task.point(), String.format(Locale.ROOT, "its process exited with code %d after %.0f s"
                    + " without recording a result; see %s", code, (System.nanoTime() - started) / 1e9, log));
        }
    }

    private List<String> command(SweepLayout layout, PointTask task) {
        List<String> watch = List.of("-D" + ParentWatch.PROPERTY + "=" + ProcessHandle.current().pid());
        return jvm.command(watch, PointCommand.arguments(layout, task.point(), ThreadSplit.overrides(task, parallel, cores),
                pluginFolders));
    }

    private static void report(ManifestStore store, PointTask task, int n, int total, PrintWriter out) {
        PointRecord p = store.read().point(task.point()).orElseThrow();
        String what = p.state() == PointState.DONE
                ? "done" + (p.metrics().containsKey("loss") ? String.format(Locale.ROOT, ", loss %.4f", p.metrics().get("loss")) : "")
                : p.state().json() + ": " + p.error();
        synchronized (out) {
            out.printf("[%d/%d] %s: %s%n", n, total, p.name(), what);
            out.flush();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs
        }
    }
}
