package org.jaywalk.framework.spi.io;

import org.jaywalk.framework.spi.MemorySize;

/**
 * Refuses, before allocating, what cannot fit in this JVM's heap at all ({@code -Xmx}), so that a file declaring
 * a huge tensor is one clear error rather than an {@code OutOfMemoryError}. What merely does not fit beside the
 * heap's current content is left to the JVM: the heap's free space says nothing about garbage it could collect.
 */
final class HeapBudget {

    /** The longest Java array, in elements (a few header words below {@code Integer.MAX_VALUE}). */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private HeapBudget() {
    }

    /**
     * @param bytes what {@code what} will allocate, in all
     * @throws TooLargeException when that is more than the whole heap
     */
    static void require(long bytes, String what) {
        MemorySize heap = MemorySize.heapMax();
        if (bytes > heap.bytes()) {
            throw new TooLargeException(what + " needs " + new MemorySize(bytes) + " of memory, more than Java's whole"
                    + " heap (" + heap + "); if the file is right, raise the heap (e.g. JAYWALK_JAVA_OPTS=-Xmx32g)");
        }
    }
}
