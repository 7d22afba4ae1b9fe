package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.DType;
import java.nio.ByteBuffer;

/** A storage a pickled tensor refers to: its element type and raw bytes. */
record TorchStorage(DType dtype, ByteBuffer bytes) {
}
