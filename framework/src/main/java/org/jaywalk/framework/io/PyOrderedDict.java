package org.jaywalk.framework.io;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * An unpickled {@code collections.OrderedDict}. Its instance attributes (a state dict's {@code _metadata})
 * are accepted and dropped.
 */
final class PyOrderedDict extends LinkedHashMap<Object, Object> implements PickledState {

    /** {@code OrderedDict()} or {@code OrderedDict([(key, value), ...])}. */
    static PyOrderedDict create(Object[] args) {
        PyOrderedDict dict = new PyOrderedDict();
        if (args.length > 0) {
            for (Object pair : (List<?>) args[0]) {
                Object[] kv = (Object[]) pair;
                dict.put(kv[0], kv[1]);
            }
        }
        return dict;
    }

    @Override
    public void setState(Object state) {
        // instance attributes such as _metadata (batch-norm versions) carry no tensor data
    }
}
