package org.jaywalk.framework.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Damages one entry of a zip file in place, as a bad disk or copy would, leaving the archive's structure intact. */
public final class ZipDamage {

    private ZipDamage() {
    }

    /** Flips the bits of the last content byte of the first entry whose name ends with {@code suffix}. */
    public static void flipLastByte(Path zip, String suffix) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int header = 0; header + 30 <= bytes.length; header++) {
            if (buf.getInt(header) != 0x04034b50) { // a local file header
                continue;
            }
            int nameLength = Short.toUnsignedInt(buf.getShort(header + 26));
            String name = new String(bytes, header + 30, nameLength, StandardCharsets.UTF_8);
            if (name.endsWith(suffix)) {
                int extraLength = Short.toUnsignedInt(buf.getShort(header + 28));
                int size = buf.getInt(header + 18);
                int last = header + 30 + nameLength + extraLength + size - 1;
                bytes[last] = (byte) ~bytes[last];
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalArgumentException(zip + " has no stored entry ending with " + suffix);
    }

    /**
     * Makes the central directory (what readers trust) declare {@code size} uncompressed bytes for the first entry
     * whose name ends with {@code suffix}; the data stays as it is.
     */
    public static void declareSize(Path zip, String suffix, long size) throws IOException {
        patchCentralDirectory(zip, suffix, 24, size);
    }

    /** Makes the central directory declare {@code size} stored (compressed) bytes for that entry. */
    public static void declareCompressedSize(Path zip, String suffix, long size) throws IOException {
        patchCentralDirectory(zip, suffix, 20, size);
    }

    private static void patchCentralDirectory(Path zip, String suffix, int field, long size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int header = 0; header + 46 <= bytes.length; header++) {
            if (buf.getInt(header) != 0x02014b50) { // a central directory file header
                continue;
            }
            int nameLength = Short.toUnsignedInt(buf.getShort(header + 28));
            if (new String(bytes, header + 46, nameLength, StandardCharsets.UTF_8).endsWith(suffix)) {
                buf.putInt(header + field, (int) size);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalArgumentException(zip + " has no entry ending with " + suffix);
    }
}
