package org.jaywalk.plugins.davis;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code propagate} and {@code bench propagate} share: the sequence and videowalk's test settings. */
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

    @Option(names = "--memory-limit", defaultValue = PropagationMemory.AUTO, paramLabel = "SIZE",
            description = "stop at once, saying what is needed, if the estimated peak memory exceeds this (e.g. 16G);"
                    + " auto: what this process holds plus the machine's available memory (default: ${DEFAULT-VALUE})")
    String memoryLimit;

    PropagationMemory memory() {
        return PropagationMemory.parse(memoryLimit, "--memory-limit", "--video-len");
    }

    PropagationSettings settings() {
        return new PropagationSettings(videoLen, topK, radius, temperature);
    }
}
