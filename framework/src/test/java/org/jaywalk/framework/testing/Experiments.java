package org.jaywalk.framework.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.plugin.DiscoveredPlugin;

/** The test experiments and a registry of the fake components. */
public final class Experiments {

    private Experiments() {
    }

    /** {@code experiments/tiny.conf}: includes {@code base.conf}; 4 batches per epoch, 2 epochs. */
    public static Path tiny() {
        try {
            return Path.of(Experiments.class.getResource("/experiments/tiny.conf").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A registry holding only {@link TestPlugin}. */
    public static ComponentRegistry registry() {
        return ComponentRegistry.build(List.of(DiscoveredPlugin.builtIn(new TestPlugin())));
    }

    /** The override sending runs to {@code folder}. */
    public static String outputDir(Path folder) {
        return "experiment.output-dir=\"" + folder.toString().replace("\\", "\\\\") + "\"";
    }
}
