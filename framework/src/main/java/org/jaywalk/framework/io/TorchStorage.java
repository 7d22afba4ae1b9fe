package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.DType;
import org.jaywalk.framework.spi.io.FormatException;

/**
 * A storage a pickled tensor refers to, as its persistent id declares it: element type, key and number of
 * elements. Its bytes are found by the file format ({@link StorageSource}) once the whole pickle is read.
 *
 * @param dtype element type
 * @param key the storage's key ({@code data/KEY} in a zip, a position in the legacy format's list)
 * @param elements declared number of elements
 */
record TorchStorage(DType dtype, String key, long elements) {

    /** Declared size in bytes. */
    long bytes() {
        return Math.multiplyExact(elements, dtype.itemSize());
    }

    /**
     * The storage named by a {@code torch.save} persistent id: {@code ('storage', storage_type, key, location,
     * numel)} (zip format) or the same with a sixth entry, {@code view_metadata}, that must be {@code None}
     * (legacy format). {@code ('module', ...)} ids (a whole pickled {@code nn.Module}) are refused.
     */
    static TorchStorage fromPersistentId(Object pid) {
        if (pid instanceof Object[] id && id.length > 0 && "module".equals(id[0])) {
            throw new FormatException("it pickles a whole nn.Module (torch.save(model)), which would run its code;"
                    + " save model.state_dict() instead");
        }
        if (!(pid instanceof Object[] id) || id.length < 5 || id.length > 6 || !"storage".equals(id[0])
                || !(id[1] instanceof StorageType type) || !(id[2] instanceof String key)
                || !(id[4] instanceof Number numel) || numel.longValue() < 0) {
            throw new FormatException("unexpected persistent id " + PyValues.plain(pid));
        }
        if (id.length == 6 && id[5] != null) {
            throw new FormatException("storage " + key + " is a view of another storage (PyTorch before 1.0),"
                    + " which is not supported");
        }
        return new TorchStorage(type.dtype(), key, numel.longValue());
    }
}
