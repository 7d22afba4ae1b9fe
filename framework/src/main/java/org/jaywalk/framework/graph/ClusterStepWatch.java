package org.jaywalk.framework.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tensorflow.proto.RunOptions;

/**
 * How the chief keeps a training step on a cluster from waiting forever for a dead or stopped task: every
 * step runs with a deadline ({@code RunOptions.timeout_in_ms}), the larger of a floor
 * ({@code train.cluster.step-timeout}) and {@value #MULTIPLE} times the slowest step so far; a step that fails
 * or misses it becomes one line naming the task and its address. After that the session is {@link #lost()}.
 */
public final class ClusterStepWatch {

    /** How many times the slowest measured step a step may take before it is given up. */
    static final int MULTIPLE = 10;
    private static final Pattern TASK = Pattern.compile("/job:" + DeviceNames.CLUSTER_JOB + "/replica:\\d+/task:(\\d+)");

    private final List<String> workers;
    private final int self;
    private final Duration floor;
    private long slowestNanos;
    private volatile boolean lost;

    /**
     * @param workers every task's {@code host:port}
     * @param self the chief's task
     * @param floor the shortest deadline a step gets
     */
    public ClusterStepWatch(List<String> workers, int self, Duration floor) {
        this.workers = List.copyOf(workers);
        this.self = self;
        this.floor = floor;
    }

    /** The deadline of the next step. */
    public Duration deadline() {
        return Duration.ofNanos(Math.max(floor.toNanos(), Math.multiplyExact(slowestNanos, (long) MULTIPLE)));
    }

    /** The run options of the next step: its deadline. */
    RunOptions options() {
        return RunOptions.newBuilder().setTimeoutInMs(Math.max(1, deadline().toMillis())).build();
    }

    /** Records how long a step that finished took. */
    void finished(long nanos) {
        slowestNanos = Math.max(slowestNanos, nanos);
    }

    /**
     * The failure of step {@code step} after {@code nanos}: names the task TensorFlow's message names, else
     * the tasks that no longer accept connections, else every other task as stopped or overloaded.
     */
    IllegalStateException failed(long step, long nanos, Duration deadline, RuntimeException cause) {
        lost = true;
        String tfMessage = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String what = nanos >= deadline.toNanos() - Duration.ofMillis(200).toNanos()
                ? "did not finish within its deadline of " + deadline.toSeconds() + " s (train.cluster.step-timeout, or "
                        + MULTIPLE + "x the slowest step)"
                : "failed after " + Duration.ofNanos(nanos).toSeconds() + " s";
        return new IllegalStateException("cluster step " + step + " " + what + ": " + suspects(tfMessage)
                + "; restart it and resume the run with 'jaywalk train ... --resume' (" + firstLine(tfMessage) + ")", cause);
    }

    /**
     * Whether a step failed: the session then waits forever for the lost task when closed
     * ({@code TF_CloseSession} blocks), so its owner leaves it to the process's exit.
     */
    boolean lost() {
        return lost;
    }

    private String suspects(String tfMessage) {
        Matcher m = TASK.matcher(tfMessage);
        while (m.find()) {
            int task = Integer.parseInt(m.group(1));
            if (task != self && task < workers.size()) {
                return "task " + task + " at " + workers.get(task) + " failed or is unreachable";
            }
        }
        List<String> gone = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int task = 0; task < workers.size(); task++) {
            if (task != self) {
                String named = "task " + task + " at " + workers.get(task);
                others.add(named);
                if (!ClusterReachability.accepts(workers.get(task))) {
                    gone.add(named);
                }
            }
        }
        if (!gone.isEmpty()) {
            return String.join(", ", gone) + " no longer accepts connections (dead?)";
        }
        return String.join(", ", others) + " accepts connections but did not answer (stopped, e.g. SIGSTOP, or overloaded)";
    }

    /** TensorFlow's first line that says more than which task it came from. */
    private static String firstLine(String message) {
        String line = message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.matches("From /job:.*:"))
                .findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
