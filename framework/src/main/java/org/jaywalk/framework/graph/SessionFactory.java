package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.SessionSettings;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.TargetedSessions;
import org.tensorflow.proto.ConfigProto;

/**
 * Opens the session of a graph: in-process ({@code new Session(graph, config)}), or through the gRPC master
 * of a cluster task ({@code grpc://host:port}), which places each op on the task its device names and the
 * unplaced ones on its own task. The caller closes the session.
 */
public final class SessionFactory {

    private final String target;
    private final ConfigProto config;
    private final ClusterStepWatch watch;

    private SessionFactory(String target, ConfigProto config, ClusterStepWatch watch) {
        this.target = target;
        this.config = config;
        this.watch = watch;
    }

    /** Sessions in this process, with these settings. */
    public static SessionFactory local(SessionSettings settings) {
        return new SessionFactory("", settings.toProto(), null);
    }

    /**
     * Sessions on {@code target}; the settings' thread and device counts are the serving tasks' (see
     * {@link TaskServer}), so only the session options such as soft placement apply.
     *
     * @param target e.g. {@code grpc://node1:2222}
     * @param watch the deadline of every training step and the naming of a failed task
     */
    public static SessionFactory remote(String target, SessionSettings settings, ClusterStepWatch watch) {
        if (target.isBlank()) {
            throw new IllegalArgumentException("a remote session needs a target such as grpc://host:port");
        }
        return new SessionFactory(target, settings.toProto(), watch);
    }

    /** Opens a session of {@code graph}. */
    public Session open(Graph graph) {
        return target.isEmpty() ? new Session(graph, config) : TargetedSessions.open(graph, target, config);
    }

    /** The deadline and failure naming of training steps on a cluster; null for in-process sessions. */
    ClusterStepWatch watch() {
        return watch;
    }

    /** The target, empty for in-process sessions. */
    public String target() {
        return target;
    }
}
