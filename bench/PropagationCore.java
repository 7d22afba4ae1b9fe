import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.plugins.davis.FeatureMap;
import org.jaywalk.plugins.davis.KeySelection;
import org.jaywalk.plugins.davis.LabelPropagation;
import org.jaywalk.plugins.davis.PropagationSettings;
import org.jaywalk.plugins.davis.SoftLabels;

/**
 * Label propagation alone (no encoder, no files), float32, DAVIS settings (videoLen 20, topk 10, radius 12,
 * temperature 0.05) on FRAMES random correlated 60x107x256 feature maps, ROUNDS times in one JVM: prints per round
 * the process CPU seconds and a hash of every returned label, kept key and weight (bits), so two builds can be
 * compared for speed and for bit-identical output. Run with the distribution's classpath, pinned for CPU figures:
 *   taskset -c 1 java -cp 'distribution/target/lib/*' bench/PropagationCore.java [rounds] [frames]
 * Round 0 includes JIT warm-up; compare the later rounds, alternating the builds.
 */
public class PropagationCore {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int h = 60;
        int w = 107;
        int c = 256;
        int labels = 5;
        Random random = new Random(3);
        float[] base = new float[h * w * c];
        for (int i = 0; i < base.length; i++) {
            base[i] = (float) random.nextGaussian();
        }
        List<FeatureMap> features = new ArrayList<>();
        for (int t = 0; t < frames; t++) {
            float[] d = new float[h * w * c];
            for (int i = 0; i < d.length; i++) {
                d[i] = base[i] + 0.5f * (float) random.nextGaussian();
            }
            for (int p = 0; p < h * w; p++) {
                double norm = 0;
                for (int k = 0; k < c; k++) {
                    norm += d[p * c + k] * d[p * c + k];
                }
                for (int k = 0; k < c; k++) {
                    d[p * c + k] /= (float) Math.sqrt(norm);
                }
            }
            features.add(new FeatureMap(h, w, c, d));
        }
        float[] label0 = new float[h * w * labels];
        for (int p = 0; p < h * w; p++) {
            label0[p * labels + (p / w * 3 / h + p % w * 2 / w)] = 1;
        }
        PropagationSettings settings = new PropagationSettings(20, 10, 12, 0.05, List.of(0), false);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < rounds; round++) {
            long cpu = os.getProcessCpuTime();
            long hash = 17;
            try (LabelPropagation p = new LabelPropagation(settings, h, w, c, SessionSettings.defaults())) {
                for (int t = 0; t < frames; t++) {
                    SoftLabels out = t == 0 ? p.start(features.get(0), new SoftLabels(h, w, labels, label0))
                            : p.next(features.get(t));
                    for (float v : out.data()) {
                        hash = hash * 31 + Float.floatToRawIntBits(v);
                    }
                    if (t > 0) {
                        KeySelection s = p.lastSelection();
                        for (int i = 0; i < s.slots().length; i++) {
                            hash = hash * 31 + s.slots()[i] * 100003L + s.cells()[i]
                                    + Double.doubleToRawLongBits(s.weights()[i]);
                        }
                    }
                }
            }
            System.out.printf("round %d: output hash %016x, %.2f s CPU%n", round, hash,
                    (os.getProcessCpuTime() - cpu) / 1e9);
        }
    }
}
