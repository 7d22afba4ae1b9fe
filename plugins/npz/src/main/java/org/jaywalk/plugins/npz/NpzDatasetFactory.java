package org.jaywalk.plugins.npz;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.data.Dataset;
import org.jaywalk.framework.spi.data.DatasetFactory;

/** Builds an {@link NpzDataset} from the {@code file} key. */
public final class NpzDatasetFactory implements DatasetFactory {

    @Override
    public String defaults() {
        return """
                # Path of an .npz file holding `x` shaped [K, B, T, N*3, P, P] float32 (K batches, replayed in
                # order, the same in every epoch; N = channels / 3). Relative paths resolve against the
                # working directory. Required.
                file = null
                """;
    }

    @Override
    public Dataset create(ComponentConfig config) {
        if (config.isNull("file")) {
            throw config.error("file", "is required: the path of an .npz file holding `x`");
        }
        Path file = Path.of(config.getString("file")).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw config.error("file", "names no readable file: " + file);
        }
        return NpzDataset.load(file, problem -> config.error("file", problem));
    }
}
