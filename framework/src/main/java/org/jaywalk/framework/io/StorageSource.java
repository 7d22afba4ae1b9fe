package org.jaywalk.framework.io;

import java.nio.ByteBuffer;

/** Where a {@code torch.save} file keeps the raw bytes of its storages. */
interface StorageSource {

    /**
     * The bytes of {@code storage} in the file's byte order (shared: do not modify), after checking that the file
     * holds as many as the storage declares.
     *
     * @throws org.jaywalk.framework.spi.io.FormatException if the storage is missing or holds too few bytes
     */
    ByteBuffer bytes(TorchStorage storage);
}
