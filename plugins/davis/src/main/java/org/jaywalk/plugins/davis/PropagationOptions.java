package org.jaywalk.plugins.davis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options {@code propagate} and {@code bench propagate} share: the sequence, videowalk's test settings
 * ({@code test.py}'s options, with the DAVIS command's values as defaults) and the encoder: an experiment's test-time
 * encoder ({@code --experiment}), or an encoder block given key by key ({@code --encoder}), by default videowalk's
 * (ResNet-18 without {@code layer4}).
 */
final class PropagationOptions {

    @Option(names = "--frames", required = true, paramLabel = "DIR", description = "the frames (.jpg/.png), in name order")
    Path frames;

    @Option(names = "--mask", required = true, paramLabel = "FIRST.png", description = "indexed-PNG mask of the first frame")
    Path mask;

    @Option(names = "--video-len", defaultValue = "20", description = "short-term context frames (default: ${DEFAULT-VALUE})")
    int videoLen;

    @Option(names = "--topk", defaultValue = "10", description = "keys per query (default: ${DEFAULT-VALUE})")
    int topK;

    @Option(names = "--radius", defaultValue = "12", description = "spatial radius in feature cells (default: ${DEFAULT-VALUE})")
    double radius;

    @Option(names = "--temperature", defaultValue = "0.05", description = "softmax temperature (default: ${DEFAULT-VALUE})")
    double temperature;

    @Option(names = "--crop-size", defaultValue = "-1", paramLabel = "S",
            description = "squash frames to SxS before the encoder; -1: their own size (default: ${DEFAULT-VALUE})")
    int cropSize;

    @Option(names = "--long-mem", defaultValue = "0", split = ",", paramLabel = "M",
            description = "long-memory frames: 0 = frame 0, m > 0 = frame m+1 later on (default: ${DEFAULT-VALUE})")
    List<Integer> longMemory = new ArrayList<>();

    @Option(names = "--no-l2", description = "do not L2-normalize the features")
    boolean noL2;

    @Option(names = "--norm-mask", description = "normalize each cell's soft labels to [0, 1] (test.py --norm_mask)")
    boolean normMask;

    @Option(names = "--texture", description = "propagate horizontal stripes of the objects instead (test.py --texture)")
    boolean texture;

    @Option(names = "--memory-limit", defaultValue = PropagationMemory.AUTO, paramLabel = "SIZE",
            description = "stop at once, saying what is needed, if the estimated peak memory exceeds this (e.g. 16G);"
                    + " auto: what this process holds plus the machine's available memory (default: ${DEFAULT-VALUE})")
    String memoryLimit;

    @Option(names = "--experiment", paramLabel = "FILE",
            description = "use this experiment's test-time encoder (model.encoder with model.eval-encoder over it)")
    Path experiment;

    @Option(names = "--encoder", paramLabel = "KEY=VALUE",
            description = "encoder block keys over the encoder's defaults, e.g. type=resnet depth=50 (default: "
                    + "videowalk's ResNet-18 without layer4)")
    List<String> encoderKeys = new ArrayList<>();

    PropagationSettings settings() {
        return new PropagationSettings(videoLen, topK, radius, temperature, longMemory, normMask);
    }

    FrameInput input() {
        return new FrameInput(cropSize, !noL2);
    }

    /** The {@code --memory-limit}. */
    PropagationMemory memory() {
        return PropagationMemory.parse(memoryLimit, "--memory-limit", "--video-len");
    }
}
