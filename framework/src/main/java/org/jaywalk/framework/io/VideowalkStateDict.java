package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.HostArray;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jaywalk's model tensors as videowalk's {@code CRW.state_dict()}: the encoder ({@code encoder.*}) and the head
 * ({@code selfsim_fc.*}) in checkpoint order, with each batch norm's {@code num_batches_tracked} (an int64
 * scalar) after its {@code running_var}. Layouts are already PyTorch's. Optimizer state (named by the checkpoint,
 * or recognized as {@code <param>.<slot>} in older checkpoints) and any other tensor are not part of it.
 */
public final class VideowalkStateDict {

    private static final List<String> MODEL_PREFIXES = List.of("encoder.", "selfsim_fc.");
    private static final String RUNNING_VAR = ".running_var";
    private static final String BATCHES_TRACKED = ".num_batches_tracked";

    private VideowalkStateDict() {
    }

    /**
     * The state dict of a checkpoint's tensors.
     *
     * @param stateDict videowalk's state dict
     * @param notExported the checkpoint's other tensors (optimizer state, ...)
     */
    public record Export(Map<String, HostArray> stateDict, List<String> notExported) {
    }

    /**
     * @param optimizerState names of the checkpoint's optimizer state
     * @param batchesTracked the value of every {@code num_batches_tracked} (the training steps taken)
     */
    public static Export of(Map<String, HostArray> tensors, Collection<String> optimizerState, long batchesTracked) {
        Map<String, HostArray> stateDict = new LinkedHashMap<>();
        List<String> notExported = new ArrayList<>();
        tensors.forEach((name, value) -> {
            if (optimizerState.contains(name) || !isModelTensor(name, tensors)) {
                notExported.add(name);
                return;
            }
            stateDict.put(name, value);
            if (name.endsWith(RUNNING_VAR)) {
                String counter = name.substring(0, name.length() - RUNNING_VAR.length()) + BATCHES_TRACKED;
                stateDict.put(counter, HostArray.ofLongs(new long[0], batchesTracked));
            }
        });
        return new Export(stateDict, List.copyOf(notExported));
    }

    /** Under a model prefix and not a slot of another tensor ({@code encoder.model.conv1.weight.adam_m}). */
    private static boolean isModelTensor(String name, Map<String, HostArray> tensors) {
        if (MODEL_PREFIXES.stream().noneMatch(name::startsWith)) {
            return false;
        }
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            if (tensors.containsKey(name.substring(0, dot))) {
                return false;
            }
        }
        return true;
    }
}
