package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.FormatException;
import java.util.LinkedHashMap;
import java.util.Map;

/** An unpickled {@code argparse.Namespace}: its attributes as a map. */
final class PyNamespace extends LinkedHashMap<String, Object> implements PickledState {

    @Override
    public void setState(Object state) {
        if (!(state instanceof Map<?, ?> fields)) {
            throw new FormatException("argparse.Namespace state is not a dict");
        }
        fields.forEach((k, v) -> put(String.valueOf(k), v));
    }
}
