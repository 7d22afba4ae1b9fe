package org.jaywalk.framework.train;

import org.jaywalk.framework.config.ClusterSettings;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.config.TrainSettings;
import org.jaywalk.framework.graph.DevicePlan;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.graph.PortExposure;
import org.jaywalk.framework.graph.TaskServer;

/**
 * How a process takes part in a {@code train.cluster}: every task, the chief included, serves its towers
 * through a {@link TaskServer} sized by the same device plan, so the chief's graph and the workers' devices
 * agree without talking to each other.
 */
public final class ClusterTasks {

    private ClusterTasks() {
    }

    /** The towers on the cluster's tasks and the CPU devices every task exposes, from {@code train.devices}. */
    public static DevicePlan plan(TrainSettings train) {
        try {
            return DevicePlan.onTasks(train.devices(), cluster(train).workers().size());
        } catch (IllegalArgumentException e) {
            throw new ConfigError(e.getMessage(), e);
        }
    }

    /** The session settings of every task: the experiment's threads, the plan's CPU devices. */
    public static SessionSettings settings(TrainSettings train) {
        return train.session(plan(train).cpuDevices());
    }

    /**
     * Starts this process's task server (or returns the running one; see {@link TaskServer}), after
     * {@link PortExposure} found its port confined or {@code train.cluster.allow-public} set.
     */
    public static TaskServer serve(TrainSettings train) {
        ClusterSettings cluster = cluster(train);
        PortExposure.requireConfined(cluster.address(), cluster.allowPublic());
        return TaskServer.start(cluster.workers(), cluster.taskIndex(), settings(train));
    }

    /** Fails unless this process is the chief, the only task that runs the training loop. */
    public static void requireChief(TrainSettings train) {
        ClusterSettings cluster = cluster(train);
        if (!cluster.isChief()) {
            throw new ConfigError("train.cluster.task-index = " + cluster.taskIndex() + ": the training loop runs on "
                    + "task 0 (the chief); start task " + cluster.taskIndex() + " with 'jaywalk worker EXPERIMENT "
                    + "train.cluster.task-index=" + cluster.taskIndex() + "' and train with task-index 0");
        }
    }

    /** Fails unless this process is a worker: a task of the cluster other than the chief. */
    public static void requireWorker(TrainSettings train) {
        ClusterSettings cluster = cluster(train);
        if (cluster.isChief()) {
            throw new ConfigError("worker: train.cluster.task-index = 0 is the chief, which 'jaywalk train' runs; "
                    + "give each worker its own task-index (1 .. " + (cluster.workers().size() - 1) + ")");
        }
    }

    private static ClusterSettings cluster(TrainSettings train) {
        if (train.cluster() == null) {
            throw new ConfigError("train.cluster.workers is empty: list every task's host:port, e.g. "
                    + "train.cluster.workers=[\"node1:2222\",\"node2:2222\"]");
        }
        return train.cluster();
    }
}
