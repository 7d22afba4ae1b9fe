package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.FormatException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The bytes of an untrusted pickle: counts what was read so far and knows how many bytes remain, so that a
 * length declared inside the pickle can be checked before anything of that length is allocated. The wrapped
 * stream must support {@link InputStream#mark} (a {@code ByteArrayInputStream} or a {@code BufferedInputStream}).
 */
final class PickleInput extends FilterInputStream {

    private final long length;
    private long position;
    private long marked;

    /** @param length the number of bytes {@code in} holds from its current position */
    PickleInput(InputStream in, long length) {
        super(in);
        if (!in.markSupported()) {
            throw new IllegalArgumentException("the pickle stream must support mark/reset");
        }
        this.length = length;
    }

    /** Bytes read so far. */
    long position() {
        return position;
    }

    /** Bytes left. */
    long remaining() {
        return length - position;
    }

    /**
     * Peeks at the little-endian length of {@code width} (4 or 8) bytes at the current position and fails if
     * more bytes are declared than remain after it; nothing is consumed.
     */
    void checkDeclaredLength(int width, String opcode) throws IOException {
        mark(width);
        byte[] raw = readNBytes(width);
        reset();
        if (raw.length < width) {
            return; // the unpickler reports the premature end itself
        }
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        long declared = width == 4 ? b.getInt() : b.getLong();
        if (declared < 0 || declared > remaining() - width) {
            throw new FormatException(opcode + " declares " + declared + " bytes but only " + (remaining() - width)
                    + " remain");
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            position++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        position += skipped;
        return skipped;
    }

    @Override
    public synchronized void mark(int limit) {
        super.mark(limit);
        marked = position;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        position = marked;
    }
}
