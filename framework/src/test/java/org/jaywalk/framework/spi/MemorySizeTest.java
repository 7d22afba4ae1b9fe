package org.jaywalk.framework.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemorySizeTest {

    @Test
    void parsesSettingsInPowersOf1024() {
        assertEquals(123, MemorySize.parse("123").bytes());
        assertEquals(512L << 10, MemorySize.parse("512k").bytes());
        assertEquals(512L << 20, MemorySize.parse("512M").bytes());
        assertEquals(3L << 29, MemorySize.parse("1.5g").bytes());
        assertEquals(16L << 30, MemorySize.parse("16GB").bytes());
        assertEquals(16L << 30, MemorySize.parse("16 GiB").bytes());
        assertEquals(2L << 40, MemorySize.parse("2T").bytes());
        assertThrows(IllegalArgumentException.class, () -> MemorySize.parse("lots"));
        assertThrows(IllegalArgumentException.class, () -> MemorySize.parse("-1G"));
    }

    @Test
    void printsTheLargestWholeUnit() {
        assertEquals("812 bytes", new MemorySize(812).toString());
        assertEquals("3.5 MiB", new MemorySize(3_670_016).toString());
        assertEquals("22.6 GiB", MemorySize.parse("22.6G").toString());
    }

    @Test
    void knowsTheHeapAndTheMachine() {
        assertEquals(Runtime.getRuntime().maxMemory(), MemorySize.heapMax().bytes());
        assertTrue(MemorySize.physicalAvailable().orElseThrow().bytes() > 0);
        assertTrue(MemorySize.resident().orElseThrow().bytes() > 0);
    }
}
