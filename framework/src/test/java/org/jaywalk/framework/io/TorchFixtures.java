package org.jaywalk.framework.io;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The small {@code torch.save} files under {@code src/test/resources/torch}, written once with PyTorch by
 * {@code src/test/python/torch_fixtures.py committed DIR}.
 */
final class TorchFixtures {

    private TorchFixtures() {
    }

    /** The fixture {@code name}, e.g. {@code small-legacy.pth}. */
    static Path path(String name) {
        URL url = TorchFixtures.class.getResource("/torch/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource torch/" + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture script. */
    static Path script() {
        return org.jaywalk.framework.testkit.SharedData.projectRoot()
                .resolve("framework/src/test/python/torch_fixtures.py");
    }
}
