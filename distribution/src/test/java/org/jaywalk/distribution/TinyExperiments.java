package org.jaywalk.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The smallest real CRW experiment (synthetic 32 px frames, 4 patches, ResNet without layer3/4): seconds per run. */
final class TinyExperiments {

    /** Two steps, logged each; runs go to {@code <dir>/runs/<name>/}. */
    static final String TINY = """
            experiment { name = %s, seed = 3, output-dir = "%s" }
            dataset { type = synthetic, batch-size = 2, clip-length = 3, frame-size = 32, patch-size = 16, epoch-size = 8 }
            model {
              encoder { type = resnet, depth = 18, padding = reflect, remove-layers = [layer3, layer4] }
              head { type = mlp, depth = 0, dim = 32 }
            }
            walk { type = palindrome, temperature = 0.07, edge-dropout = 0.0 }
            loss { type = cycle-xent }
            optimizer { type = adam, lr = 1e-3 }
            schedule { type = constant }
            train { epochs = 1, max-steps = 2, log-every = 1, checkpoint-every = 100 }
            """;

    private TinyExperiments() {
    }

    /** Writes {@code <dir>/<name>.conf}. */
    static Path write(Path dir, String name) throws IOException {
        String output = dir.resolve("runs").toAbsolutePath().toString().replace("\\", "/");
        return Files.writeString(dir.resolve(name + ".conf"), TINY.formatted(name, output));
    }
}
