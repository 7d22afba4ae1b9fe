package org.jaywalk.framework.graph;

import org.jaywalk.framework.spi.graph.HostTensors;
import org.jaywalk.framework.spi.graph.SessionSettings;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;

/** Test support: evaluates float gradients of a hand-built graph in a fresh session on two virtual CPUs. */
final class GradientRun {

    static final SessionSettings TWO_CPUS = new SessionSettings(0, 0, 2);

    private GradientRun() {
    }

    /** Initializes the graph's variables and returns the value of every gradient, in order. */
    static List<float[]> values(Graph graph, Output<?>[] gradients) {
        try (Session session = new Session(graph, TWO_CPUS.toProto())) {
            session.initialize();
            Session.Runner runner = session.runner();
            for (Output<?> g : gradients) {
                runner.fetch(g);
            }
            List<float[]> values = new ArrayList<>();
            try (Result result = runner.run()) {
                for (int i = 0; i < gradients.length; i++) {
                    values.add(HostTensors.toArray((TFloat32) result.get(i)));
                }
            }
            return values;
        }
    }
}
