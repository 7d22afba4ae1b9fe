package org.jaywalk.parity;

import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.tensorflow.Session;

/** Compares the batch-norm running statistics ({@code after:*}) held in a parameter store. */
final class BatchNormCheck {

    private BatchNormCheck() {
    }

    static void compareAfter(ReferenceCase c, ToleranceReport report, ParameterStore store, Session session) {
        List<String> keys = c.keys("after:");
        List<String> names = keys.stream().map(k -> k.substring("after:".length())).toList();
        Map<String, float[]> values = store.read(session, names);
        keys.forEach(k -> report.maxAbs(c, k, values.get(k.substring("after:".length()))));
    }
}
