package org.jaywalk.framework.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jaywalk.framework.config.InitFrom;
import org.jaywalk.framework.graph.StoredWeights;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.io.HostArray;

/**
 * The training state a videowalk {@code checkpoint.pth} holds besides its model: {@code epoch} (the last epoch it
 * trained; training goes on with the next, as videowalk's {@code --resume} and {@code --partial-reload} do) and
 * {@code optimizer}, the state dict of {@code torch.optim.Adam}: per parameter {@code exp_avg}, {@code exp_avg_sq}
 * and {@code step}, keyed by the parameter's index in {@code model.parameters()} (the state dict's order without
 * batch-norm buffers). Jaywalk's Adam keeps them as {@code <param>.adam_m}, {@code <param>.adam_v} and
 * {@code adam.step}.
 */
final class VideowalkTrainingState {

    private static final List<String> BUFFERS = List.of(".running_mean", ".running_var", ".num_batches_tracked");

    private VideowalkTrainingState() {
    }

    /** The epoch the checkpoint ended, if it records one. */
    static OptionalInt epoch(Map<String, Object> torchMetadata) {
        return torchMetadata.get("epoch") instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
    }

    /**
     * The Adam moments and step count of {@code stored}'s optimizer state, under Jaywalk's names, for the parameters
     * {@code store} has.
     *
     * @throws ConfigError if the file has no Adam state, it does not fit the state dict, or the model has no Adam slots
     */
    static Map<String, float[]> adam(StoredWeights stored, ParameterStore store) {
        Map<?, ?> optimizer = optimizer(stored);
        List<String> parameters = stored.tensors().keySet().stream()
                .filter(n -> BUFFERS.stream().noneMatch(n::endsWith)).toList();
        List<Number> indices = new ArrayList<>();
        for (Object group : (List<?>) optimizer.get("param_groups")) {
            for (Object index : (List<?>) ((Map<?, ?>) group).get("params")) {
                indices.add((Number) index);
            }
        }
        if (indices.size() != parameters.size()) {
            throw error(stored, "its optimizer state covers " + indices.size() + " parameters but its model has "
                    + parameters.size());
        }
        Map<Long, Map<?, ?>> state = new LinkedHashMap<>();
        ((Map<?, ?>) optimizer.get("state")).forEach((k, v) -> state.put(((Number) k).longValue(), (Map<?, ?>) v));
        Map<String, float[]> values = new LinkedHashMap<>();
        double step = 0;
        for (int j = 0; j < parameters.size(); j++) {
            Map<?, ?> slots = state.get(indices.get(j).longValue());
            String name = parameters.get(j);
            if (slots == null || !store.contains(name)) {
                continue; // no update yet, or a parameter the model does not have
            }
            put(values, store, stored, name + ".adam_m", slots.get("exp_avg"));
            put(values, store, stored, name + ".adam_v", slots.get("exp_avg_sq"));
            step = Math.max(step, number(slots.get("step")));
        }
        values.put(slot(store, stored, "adam.step"), new float[] {(float) step});
        return values;
    }

    private static Map<?, ?> optimizer(StoredWeights stored) {
        if (!(stored.torchMetadata().get("optimizer") instanceof Map<?, ?> optimizer)
                || !(optimizer.get("state") instanceof Map<?, ?>) || !(optimizer.get("param_groups") instanceof List<?>)) {
            throw error(stored, "it holds no optimizer state dict (videowalk's checkpoint.pth has one under"
                    + " 'optimizer')");
        }
        return optimizer;
    }

    private static void put(Map<String, float[]> values, ParameterStore store, StoredWeights stored, String name,
                            Object value) {
        ParameterStore.Entry entry = store.entry(slot(store, stored, name));
        if (!(value instanceof HostArray array) || !Arrays.equals(array.shape(), entry.shape())) {
            throw error(stored, "its Adam state for " + name + " is " + (value instanceof HostArray a ? a.describe()
                    : String.valueOf(value)) + ", the model needs " + Arrays.toString(entry.shape()));
        }
        values.put(name, array.floats());
    }

    private static String slot(ParameterStore store, StoredWeights stored, String name) {
        if (!store.contains(name)) {
            throw error(stored, "the model has no optimizer slot " + name + " (restoring videowalk's optimizer state"
                    + " needs optimizer.type = adam)");
        }
        return name;
    }

    private static double number(Object step) {
        if (step instanceof HostArray scalar && scalar.size() == 1) {
            return scalar.doubleAt(0);
        }
        if (step instanceof Number n) {
            return n.doubleValue();
        }
        throw new ConfigError("Adam step is " + step + ", not a number");
    }

    private static ConfigError error(StoredWeights stored, String problem) {
        return new ConfigError(InitFrom.KEY + ".optimizer = true: " + stored.file() + ": " + problem);
    }
}
