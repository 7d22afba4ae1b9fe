package org.jaywalk.framework.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.eval.WeightLoader;
import org.jaywalk.framework.spi.graph.GraphContext;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Writes the test-time encoder as a TensorFlow SavedModel (tag {@code serve}): signature
 * {@value Signature#DEFAULT_KEY} takes {@value #INPUT}, frames {@code [n, H, W, 3]} float32 (NHWC, normalized as
 * in training; any n, H, W), and gives {@value #MAPS}, the feature maps {@code [n, h, w, C]}, and
 * {@value #FEATURES}, the maps L2-normalized over channels (what label propagation compares). Batch norm uses its
 * running statistics; convolutions are the reproducible kernels.
 */
public final class SavedModelExport {

    /** The signature's input. */
    public static final String INPUT = "frames";
    /** The signature's feature-map output. */
    public static final String MAPS = "maps";
    /** The signature's normalized-feature output. */
    public static final String FEATURES = "features";

    private SavedModelExport() {
    }

    /** Builds {@code encoder}, loads {@code weights} into it and writes the SavedModel to the new folder {@code dir}. */
    public static void write(Encoder encoder, WeightLoader weights, Path dir) {
        if (Files.exists(dir)) {
            throw new IllegalArgumentException("SavedModel folder " + dir + " already exists: choose a new one");
        }
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            VariableStore store = new VariableStore(tf);
            GraphContext context = new BuildContext(tf, store, false, true);
            Placeholder<TFloat32> frames = tf.withName(INPUT).placeholder(TFloat32.class,
                    Placeholder.shape(Shape.of(-1, -1, -1, 3)));
            Operand<TFloat32> maps = tf.withName(MAPS).identity(encoder.encode(context, frames));
            Operand<TFloat32> features = tf.withName(FEATURES).identity(FeatureGraph.normalize(tf, maps));
            store.prepareAssignments();
            try (Session session = new Session(graph)) {
                weights.load(store, session);
                SavedModelBundle.exporter(dir.toString()).withSession(session)
                        .withSignature(Signature.builder().key(Signature.DEFAULT_KEY).input(INPUT, frames)
                                .output(MAPS, maps).output(FEATURES, features).build())
                        .export();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the SavedModel " + dir + ": " + e.getMessage(), e);
        }
    }
}
