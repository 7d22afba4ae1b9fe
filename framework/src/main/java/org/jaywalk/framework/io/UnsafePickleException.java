package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.JaywalkIoException;
import java.nio.file.Path;

/**
 * A pickled PyTorch checkpoint references a Python global that is not on Jaywalk's allow-list, so loading it
 * could run arbitrary code; it is refused before anything is constructed.
 */
public class UnsafePickleException extends JaywalkIoException {

    private final String global;

    public UnsafePickleException(Path file, String module, String name) {
        super("refusing to load " + file + ": it references " + module + "." + name
                + ", which is not on Jaywalk's allow-list of checkpoint types");
        this.global = module + "." + name;
    }

    /** The refused global, {@code module.name}. */
    public String global() {
        return global;
    }
}
