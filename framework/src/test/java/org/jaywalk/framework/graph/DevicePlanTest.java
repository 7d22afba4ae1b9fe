package org.jaywalk.framework.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Device selection from {@code train.devices}, with and without visible GPUs (no GPU is needed to test it). */
class DevicePlanTest {

    @Test
    void aCountUsesGpusWhenThatManyAreVisible() {
        assertEquals(new DevicePlan(List.of("/GPU:0", "/GPU:1"), 1), DevicePlan.resolve(DeviceRequest.of(2), 2));
        assertEquals(new DevicePlan(List.of("/GPU:0", "/GPU:1"), 1), DevicePlan.resolve(DeviceRequest.of(2), 4));
    }

    @Test
    void aCountFallsBackToVirtualCpuDevicesWithoutEnoughGpus() {
        assertEquals(new DevicePlan(List.of("/CPU:0", "/CPU:1"), 2), DevicePlan.resolve(DeviceRequest.of(2), 0));
        assertEquals(new DevicePlan(List.of("/CPU:0", "/CPU:1", "/CPU:2"), 3), DevicePlan.resolve(DeviceRequest.of(3), 2));
        assertEquals(DevicePlan.single(), DevicePlan.resolve(DeviceRequest.of(1), 0));
    }

    @Test
    void gpuNamesFallBackToCpuDevicesWhenNoSuchGpuIsVisible() {
        assertEquals(new DevicePlan(List.of("/CPU:0", "/CPU:1"), 2),
                DevicePlan.resolve(DeviceRequest.of(List.of("/GPU:0", "/GPU:1")), 0));
        assertEquals(new DevicePlan(List.of("/GPU:0", "/GPU:1"), 1),
                DevicePlan.resolve(DeviceRequest.of(List.of("/GPU:0", "/GPU:1")), 2));
    }

    @Test
    void allMeansEveryVisibleGpuOrOneDevice() {
        assertEquals(new DevicePlan(List.of("/GPU:0", "/GPU:1", "/GPU:2"), 1), DevicePlan.resolve(DeviceRequest.of("all"), 3));
        assertEquals(DevicePlan.single(), DevicePlan.resolve(DeviceRequest.of("all"), 0));
    }

    @Test
    void badRequestsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DevicePlan.resolve(DeviceRequest.of(0), 0));
        assertThrows(IllegalArgumentException.class, () -> DevicePlan.resolve(DeviceRequest.of("many"), 0));
        assertThrows(IllegalArgumentException.class, () -> DevicePlan.resolve(DeviceRequest.of(List.of()), 0));
    }
}
