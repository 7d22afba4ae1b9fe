package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.SessionSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Server;
import org.tensorflow.proto.ClusterDef;
import org.tensorflow.proto.JobDef;
import org.tensorflow.proto.ServerDef;

/**
 * The TensorFlow gRPC server of one task of a Jaywalk cluster (job {@value DeviceNames#CLUSTER_JOB}): it
 * runs the ops the graph places on its task and, on the chief, is the master the training session talks to.
 *
 * <p>TensorFlow cannot stop a started gRPC server ({@code Server.stop()} fails with "Clean shutdown is not
 * currently implemented", and so does {@code close()}), so a server lives until its process exits.
 * {@link #start} therefore starts at most one server per cluster definition in a process and hands out the
 * running one on later calls (a second training run in the same JVM reuses the chief's server).
 */
public final class TaskServer {

    private static final Map<ServerDef, TaskServer> RUNNING = new HashMap<>();

    private final Server server;
    private final List<String> workers;
    private final int task;

    private TaskServer(Server server, List<String> workers, int task) {
        this.server = server;
        this.workers = List.copyOf(workers);
        this.task = task;
    }

    /**
     * Starts (or returns the already running) server of {@code task}.
     *
     * @param workers every task's {@code host:port}, in task order
     * @param settings threads and CPU devices of this task's devices
     * @throws IllegalStateException when the server cannot start, e.g. its port is taken
     */
    public static synchronized TaskServer start(List<String> workers, int task, SessionSettings settings) {
        ServerDef def = serverDef(workers, task, settings);
        TaskServer running = RUNNING.get(def);
        if (running != null) {
            return running;
        }
        Server server = null;
        try {
            server = new Server(def);
            server.start();
        } catch (RuntimeException e) {
            closeUnstarted(server);
            throw new IllegalStateException("cannot start the TensorFlow server of task " + task + " on "
                    + workers.get(task) + " (is the port taken?): " + e.getMessage(), e);
        }
        TaskServer started = new TaskServer(server, workers, task);
        RUNNING.put(def, started);
        return started;
    }

    private static void closeUnstarted(Server server) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (RuntimeException | InterruptedException e) {
            // a server that could not start holds nothing worth reporting over the start failure
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The server definition: one job {@value DeviceNames#CLUSTER_JOB} of all tasks, gRPC, and the session
     * settings that size this task's devices and thread pools.
     */
    static ServerDef serverDef(List<String> workers, int task, SessionSettings settings) {
        JobDef.Builder job = JobDef.newBuilder().setName(DeviceNames.CLUSTER_JOB);
        for (int i = 0; i < workers.size(); i++) {
            job.putTasks(i, workers.get(i));
        }
        return ServerDef.newBuilder().setCluster(ClusterDef.newBuilder().addJob(job)).setJobName(DeviceNames.CLUSTER_JOB)
                .setTaskIndex(task).setProtocol("grpc").setDefaultSessionConfig(settings.toProto()).build();
    }

    /** This task's {@code host:port} as the cluster knows it (the server listens on every interface). */
    public String address() {
        return workers.get(task);
    }

    public int task() {
        return task;
    }

    /** Number of tasks in the cluster. */
    public int tasks() {
        return workers.size();
    }

    /** The session target of this task's master, {@code grpc://host:port}. */
    public String target() {
        return "grpc://" + address();
    }

    /** Blocks until the server stops, which in practice is when the process is killed. */
    public void join() {
        server.join();
    }
}
