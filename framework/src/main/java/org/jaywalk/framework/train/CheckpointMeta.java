package org.jaywalk.framework.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * What a checkpoint records besides the tensors: where the loop stands, the seeds, the configuration that
 * produced it and the framework version.
 *
 * @param position the next step and batch
 * @param seed the experiment seed
 * @param stepSeed the seed fed with every step (equal to {@code seed} in deterministic runs)
 * @param config the resolved experiment configuration (HOCON)
 * @param frameworkVersion the framework version that wrote it
 * @param optimizerState the names of the tensors that are optimizer state, not model (empty in checkpoints
 *                       written before it was recorded)
 * @param kernels the kernel each op with several was built with, by problem key (empty in checkpoints written
 *                before it was recorded): a resumed run builds the same ones
 */
public record CheckpointMeta(LoopPosition position, long seed, long stepSeed, String config, String frameworkVersion,
                             List<String> optimizerState, Map<String, String> kernels) {

    public CheckpointMeta {
        optimizerState = List.copyOf(optimizerState);
        kernels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kernels));
    }

    public CheckpointMeta(LoopPosition position, long seed, long stepSeed, String config, String frameworkVersion,
                          List<String> optimizerState) {
        this(position, seed, stepSeed, config, frameworkVersion, optimizerState, Map.of());
    }

    /** The JSON form stored in the checkpoint. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("step", position.step());
        node.put("epoch", position.epoch());
        node.put("index", position.index());
        node.put("seed", seed);
        node.put("step_seed", stepSeed);
        node.put("framework_version", frameworkVersion);
        node.put("config", config);
        optimizerState.forEach(node.putArray("optimizer_state")::add);
        ObjectNode chosen = node.putObject("kernels");
        kernels.forEach(chosen::put);
        return node;
    }

    /** Reads the JSON form; {@code file} names the checkpoint in errors. */
    public static CheckpointMeta fromJson(JsonNode node, Path file) {
        for (String key : new String[] {"step", "epoch", "index", "seed"}) {
            if (!node.hasNonNull(key)) {
                throw new CheckpointError(file, "its metadata lacks '" + key + "': not a training checkpoint");
            }
        }
        long seed = node.get("seed").asLong();
        return new CheckpointMeta(
                new LoopPosition(node.get("step").asLong(), node.get("epoch").asInt(), node.get("index").asInt()),
                seed,
                node.hasNonNull("step_seed") ? node.get("step_seed").asLong() : seed,
                node.path("config").asText(""),
                node.path("framework_version").asText("unknown"),
                StreamSupport.stream(node.path("optimizer_state").spliterator(), false).map(JsonNode::asText).toList(),
                kernels(node.path("kernels")));
    }

    private static Map<String, String> kernels(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
