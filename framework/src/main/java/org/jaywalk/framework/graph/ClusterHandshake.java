package org.jaywalk.framework.graph;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.TargetedSessions;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;

/**
 * Checks, before the training session, that every task of a cluster answers as a TensorFlow task: it runs
 * one constant on each task through the chief's master within {@code train.cluster.connect-timeout}. A port
 * that accepts connections but is not a TensorFlow worker (or a stopped one) makes the master wait forever
 * in "CreateSession still waiting", unbounded by {@code operation_timeout_in_ms}; the check runs on a daemon
 * thread and gives up on it after the timeout, leaving the native call to the process's exit.
 */
public final class ClusterHandshake {

    private ClusterHandshake() {
    }

    /**
     * Returns once every task ran its constant.
     *
     * @param target the chief's master, {@code grpc://host:port}
     * @param workers every task's {@code host:port}
     * @throws IllegalStateException naming the other tasks when they did not all answer within {@code timeout}
     */
    public static void await(String target, List<String> workers, int self, ConfigProto config, Duration timeout) {
        FutureTask<Void> handshake = new FutureTask<>(() -> {
            runOnEveryTask(target, workers.size(), config);
            return null;
        });
        Thread thread = new Thread(handshake, "cluster-handshake");
        thread.setDaemon(true);
        thread.start();
        try {
            handshake.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(others(workers, self) + " accepted connections but did not answer as "
                    + "TensorFlow within " + timeout.toSeconds() + " s (train.cluster.connect-timeout): is 'jaywalk "
                    + "worker' running there, with the same train.cluster.workers, and not stopped?", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the cluster's tasks did not answer: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cluster's tasks", e);
        }
    }

    private static void runOnEveryTask(String target, int tasks, ConfigProto config) {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            try (Session session = TargetedSessions.open(graph, target, config)) {
                Session.Runner runner = session.runner();
                for (int task = 0; task < tasks; task++) {
                    runner.fetch(tf.withDevice(DeviceNames.parse(DeviceNames.onTask("/CPU:0", task)))
                            .withName("handshake_" + task).constant(task));
                }
                runner.run().close();
            }
        }
    }

    private static String others(List<String> workers, int self) {
        StringBuilder named = new StringBuilder();
        for (int task = 0; task < workers.size(); task++) {
            if (task != self) {
                named.append(named.length() == 0 ? "" : ", ").append("task ").append(task).append(" at ").append(workers.get(task));
            }
        }
        return named.toString();
    }
}
