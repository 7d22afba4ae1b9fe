package org.jaywalk.parity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jaywalk.framework.graph.ModelComponents;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.data.ClipShape;
import org.jaywalk.framework.spi.WalkStrategy;
import org.jaywalk.plugins.crw.CycleCrossEntropy;
import org.jaywalk.plugins.crw.MlpHead;
import org.jaywalk.plugins.crw.PalindromeWalks;
import org.jaywalk.plugins.crw.SinkhornTargetWalks;
import org.jaywalk.plugins.resnet.Padding;
import org.jaywalk.plugins.resnet.ResNetEncoder;
import org.tensorflow.Session;

/** Builds the model a reference case describes and loads its formula weights. */
final class ReferenceModels {

    private ReferenceModels() {
    }

    /**
     * videowalk's {@code model_type}: {@code scratch} (ResNet-18, reflect padding), {@code scratch_zeropad},
     * {@code imagenet18}, {@code imagenet50} and {@code moco50} (torchvision ResNets, zero padding).
     */
    static ResNetEncoder encoder(JsonNode s, Set<String> removed) {
        String type = s.get("model_type").asText();
        return new ResNetEncoder(type.endsWith("50") ? 50 : 18, padding(s), removed);
    }

    static Padding padding(JsonNode s) {
        String type = s.get("model_type").asText();
        return switch (type) {
            case "scratch" -> Padding.REFLECT;
            case "scratch_zeropad", "imagenet18", "imagenet50", "moco50" -> Padding.ZEROS;
            default -> throw new IllegalArgumentException("unsupported model_type " + type);
        };
    }

    static ModelComponents model(JsonNode s) {
        double temperature = s.get("temperature").asDouble();
        double edgeDropout = s.path("edge_dropout").asDouble(0);
        WalkStrategy walk = s.path("sk_targets").asBoolean(false)
                ? new SinkhornTargetWalks(temperature, edgeDropout)
                : new PalindromeWalks(temperature, edgeDropout, s.path("flip").asBoolean(false));
        return new ModelComponents(encoder(s, Set.of()), new MlpHead(s.get("head_depth").asInt(), 128, 0),
                walk, new CycleCrossEntropy());
    }

    /** {@code [B, T, N*3, P, P]} from the case settings. */
    static ClipShape clipShape(JsonNode s) {
        int p = s.get("patch").asInt();
        return new ClipShape(s.get("B").asInt(), s.get("T").asInt(), s.get("N").asInt(), p, p);
    }

    /** Assigns formula weights to every trainable parameter and buffer. */
    static void loadFormulaWeights(ParameterStore store, Session session) {
        store.assign(session, formulaWeights(store));
    }

    /** Formula weights of every trainable parameter and buffer of {@code store}. */
    static Map<String, float[]> formulaWeights(ParameterStore store) {
        Map<String, float[]> values = new LinkedHashMap<>();
        for (ParameterStore.Entry e : store.entries()) {
            if (e.kind() != ParameterKind.OPTIMIZER_STATE) {
                values.put(e.name(), FormulaWeights.values(e.name(), e.shape()));
            }
        }
        return values;
    }

    /** Optimizer state starts at zero, as a fresh PyTorch optimizer's. */
    static void zeroOptimizerState(ParameterStore store, Session session) {
        Map<String, float[]> values = new LinkedHashMap<>();
        for (ParameterStore.Entry e : store.entries(ParameterKind.OPTIMIZER_STATE)) {
            values.put(e.name(), new float[Math.toIntExact(ParameterStore.elements(e.shape()))]);
        }
        store.assign(session, values);
    }
}
