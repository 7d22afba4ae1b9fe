package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.DType;
import org.jaywalk.framework.spi.io.FormatException;
import net.razorvine.pickle.IObjectConstructor;

/**
 * A legacy storage class such as {@code torch.FloatStorage}, which {@code torch.save} names in persistent
 * ids to give a storage's element type. It is a type tag only: calling it is refused.
 */
record StorageType(String name, DType dtype) implements IObjectConstructor {

    @Override
    public Object construct(Object[] args) {
        throw new FormatException("torch." + name + " may only appear in a persistent id, not be called");
    }
}
