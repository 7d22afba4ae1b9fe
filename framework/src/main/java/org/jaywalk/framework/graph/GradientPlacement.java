package org.jaywalk.framework.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Output;
import org.tensorflow.RequestedDevices;

/**
 * Symbolic gradients whose ops run on the devices of the forward ops they differentiate (TensorFlow Python's
 * {@code colocate_gradients_with_ops}). {@link Graph#addGradients} ignores device scopes and leaves every
 * gradient op unplaced, so in a data-parallel graph the backward passes of all towers would run on the default
 * device. This adds the gradients as usual, then sets the requested device of each op it added; the graph's
 * structure, every Java handle and the computed values are unchanged, only placement is.
 *
 * <p>The rule, in topological order over the added ops:
 * <ul>
 *   <li>an op with a forward input (a data input from an op that existed before) takes the device of its
 *       forward inputs, ignoring the variables (shared by the towers, wherever they live) and unplaced ops
 *       (those joining the towers);</li>
 *   <li>an op whose forward inputs are all unplaced, or that has none, takes the device of its gradient
 *       inputs;</li>
 *   <li>an op whose inputs ask for different devices (e.g. the AddN summing a shared parameter's gradients over
 *       the towers) stays unplaced, like the forward ops joining the towers and the variables themselves;</li>
 *   <li>an op that depends on no forward op at all (a constant, or ops on constants only) joins its consumers'
 *       device when they agree, otherwise stays unplaced.</li>
 * </ul>
 * Control inputs order the walk but do not choose devices. An op that already asks for a device (e.g. from a
 * custom gradient) keeps it.
 */
final class GradientPlacement {

    private static final Logger LOG = LoggerFactory.getLogger(GradientPlacement.class);

    /** Ops holding state shared by the towers. */
    private static final Set<String> VARIABLE_TYPES = Set.of("VariableV2", "Variable", "VarHandleOp");

    private GradientPlacement() {
    }

    /**
     * {@code d y / d x} for every {@code x}, as {@link Graph#addGradients(Output, Output[])} (null where
     * {@code y} does not depend on {@code x}), with the new ops placed next to their forward ops. Must run
     * before any session runs the graph.
     */
    static Output<?>[] addGradients(Graph graph, Output<?> y, Output<?>[] xs) {
        Set<String> forward = new HashSet<>();
        graph.operations().forEachRemaining(op -> forward.add(op.name()));
        Set<String> variables = new HashSet<>();
        for (Output<?> x : xs) {
            variables.add(x.op().name());
        }
        Output<?>[] gradients = graph.addGradients(y, xs);
        List<GraphOperation> added = new ArrayList<>();
        for (Iterator<GraphOperation> it = graph.operations(); it.hasNext(); ) {
            GraphOperation op = it.next();
            if (!forward.contains(op.name())) {
                added.add(op);
            }
        }
        place(added, variables);
        return gradients;
    }

    /**
     * Sets the requested device of each op of {@code added} (the ops of a gradient, no forward op among them)
     * that has none yet; {@code variables} as in {@link #assign}.
     */
    static void place(List<GraphOperation> added, Set<String> variables) {
        Map<String, Integer> counts = new TreeMap<>();
        assign(added, variables).forEach((op, device) -> {
            if (!device.isEmpty() && op.device().isEmpty()) {
                RequestedDevices.set(op, device);
            }
            counts.merge(device.isEmpty() ? "(unplaced)" : device, 1, Integer::sum);
        });
        LOG.debug("gradient ops per device: {}", counts);
    }

    /**
     * The device each added op should ask for ({@code ""} for none), by the rule of the class comment.
     *
     * @param variables names of ops whose device says nothing about a tower (besides variable op types)
     */
    static Map<GraphOperation, String> assign(List<GraphOperation> added, Set<String> variables) {
        Map<String, GraphOperation> byName = new LinkedHashMap<>();
        added.forEach(op -> byName.put(op.name(), op));
        List<GraphOperation> order = topologicalOrder(byName);

        Map<String, String> device = new HashMap<>();
        Set<String> anchored = new HashSet<>(); // depends, through data edges, on a forward op
        for (GraphOperation op : order) {
            Set<String> forwardDevices = new LinkedHashSet<>();
            Set<String> gradientDevices = new LinkedHashSet<>();
            boolean anchor = false;
            for (int i = 0; i < op.numInputs(); i++) {
                GraphOperation producer = (GraphOperation) op.input(i).op();
                String name = producer.name();
                if (byName.containsKey(name)) {
                    anchor |= anchored.contains(name);
                    addIfPlaced(gradientDevices, device.get(name));
                } else {
                    anchor = true;
                    if (!variables.contains(name) && !VARIABLE_TYPES.contains(producer.type())) {
                        addIfPlaced(forwardDevices, producer.device());
                    }
                }
            }
            Set<String> candidates = forwardDevices.isEmpty() ? gradientDevices : forwardDevices;
            device.put(op.name(), !op.device().isEmpty() ? op.device()
                    : candidates.size() == 1 ? candidates.iterator().next() : "");
            if (anchor) {
                anchored.add(op.name());
            }
        }

        // ops on constants only: next to their consumers, last consumer first so that chains resolve
        Map<String, List<String>> consumers = new HashMap<>();
        for (GraphOperation op : order) {
            for (int i = 0; i < op.numInputs(); i++) {
                String producer = op.input(i).op().name();
                if (byName.containsKey(producer)) {
                    consumers.computeIfAbsent(producer, k -> new ArrayList<>()).add(op.name());
                }
            }
        }
        for (int k = order.size() - 1; k >= 0; k--) {
            String name = order.get(k).name();
            if (anchored.contains(name) || !order.get(k).device().isEmpty()) {
                continue;
            }
            Set<String> consumerDevices = new LinkedHashSet<>();
            for (String consumer : consumers.getOrDefault(name, List.of())) {
                addIfPlaced(consumerDevices, device.get(consumer));
            }
            device.put(name, consumerDevices.size() == 1 ? consumerDevices.iterator().next() : "");
        }

        Map<GraphOperation, String> result = new LinkedHashMap<>();
        order.forEach(op -> result.put(op, device.get(op.name())));
        return result;
    }

    private static void addIfPlaced(Set<String> devices, String device) {
        if (device != null && !device.isEmpty()) {
            devices.add(device);
        }
    }

    /** The ops, producers before consumers (data and control edges among them). */
    private static List<GraphOperation> topologicalOrder(Map<String, GraphOperation> ops) {
        Map<String, Integer> pending = new HashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        for (GraphOperation op : ops.values()) {
            Set<String> producers = new LinkedHashSet<>();
            for (int i = 0; i < op.numInputs(); i++) {
                producers.add(op.input(i).op().name());
            }
            op.controlInputs().forEach(c -> producers.add(c.name()));
            producers.retainAll(ops.keySet());
            pending.put(op.name(), producers.size());
            producers.forEach(p -> next.computeIfAbsent(p, k -> new ArrayList<>()).add(op.name()));
        }
        Deque<String> ready = new ArrayDeque<>();
        ops.keySet().stream().filter(n -> pending.get(n) == 0).forEach(ready::add);
        List<GraphOperation> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String name = ready.removeFirst();
            order.add(ops.get(name));
            for (String consumer : next.getOrDefault(name, List.of())) {
                if (pending.merge(consumer, -1, Integer::sum) == 0) {
                    ready.addLast(consumer);
                }
            }
        }
        if (order.size() != ops.size()) {
            throw new IllegalStateException("the gradient ops form a cycle");
        }
        return order;
    }
}
