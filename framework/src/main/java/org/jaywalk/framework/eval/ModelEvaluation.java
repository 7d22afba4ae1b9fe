package org.jaywalk.framework.eval;

import com.google.inject.Inject;
import java.nio.file.Path;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.config.TrainSettings;
import org.jaywalk.framework.graph.StoredWeights;
import org.jaywalk.framework.spi.ComponentBuilder;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.eval.EvaluationContext;
import org.jaywalk.framework.spi.eval.EvaluationProgress;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.jaywalk.framework.spi.eval.Evaluator;
import org.jaywalk.framework.spi.graph.SessionSettings;

/**
 * Evaluates stored weights (a Jaywalk checkpoint or a videowalk {@code .pth}) with the evaluator of an
 * experiment's {@code evaluation} block, around the encoder of its {@code model.encoder} block with
 * {@code model.eval-encoder}'s settings laid over it, and writes
 * the metrics to {@code <folder>/metrics.json} besides the evaluator's own files.
 */
public final class ModelEvaluation {

    private final ComponentBuilder components;

    @Inject
    public ModelEvaluation(ComponentBuilder components) {
        this.components = components;
    }

    /** Fails with a hint when {@code experiment} has no {@code evaluation} block. */
    public static void requireEvaluationBlock(ResolvedExperiment experiment) {
        if (!experiment.has(ExtensionPoint.EVALUATOR)) {
            throw new ConfigError("experiment " + experiment.source() + " has no " + ExtensionPoint.EVALUATOR.configPath()
                    + " block: add an evaluation block, e.g. evaluation { type = davis, root = ... }");
        }
    }

    /** Evaluates the weights in {@code weightsFile} into {@code folder}. */
    public EvaluationResult evaluate(ResolvedExperiment experiment, Path weightsFile, Path folder,
                                     EvaluationProgress progress) {
        requireEvaluationBlock(experiment);
        Encoder encoder = components.create(ExtensionPoint.ENCODER,
                experiment.forEvaluation().component(ExtensionPoint.ENCODER));
        Evaluator evaluator = components.create(ExtensionPoint.EVALUATOR,
                experiment.component(ExtensionPoint.EVALUATOR));
        StoredWeights weights = StoredWeights.read(weightsFile);
        TrainSettings train = experiment.train();
        SessionSettings session = new SessionSettings(train.intraOpThreads(), train.interOpThreads(), 1);
        EvaluationResult result = evaluator.evaluate(
                new EvaluationContext(encoder, weights::assignTo, new StoredModelFeatures(), folder, progress, session));
        EvaluationMetricsFile.write(folder.resolve(EvaluationMetricsFile.NAME), result, weightsFile);
        return result;
    }
}
