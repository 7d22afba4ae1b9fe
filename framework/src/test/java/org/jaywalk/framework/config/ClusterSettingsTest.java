package org.jaywalk.framework.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jaywalk.framework.graph.DevicePlan;
import org.jaywalk.framework.graph.DeviceRequest;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.testing.Experiments;
import org.junit.jupiter.api.Test;

/** Parsing and validation of {@code train.cluster}, and the device plan of a cluster. */
class ClusterSettingsTest {

    private static final String TWO = "train.cluster.workers=[\"node-1.example:2222\",\"10.0.0.2:2223\"]";

    private final ExperimentLoader loader = new ExperimentLoader(Experiments.registry());

    private TrainSettings train(String... overrides) {
        return loader.load(Experiments.tiny(), Arrays.asList(overrides)).train();
    }

    private String error(String... overrides) {
        return assertThrows(ConfigError.class, () -> train(overrides)).getMessage();
    }

    @Test
    void absentMeansNoCluster() {
        assertNull(train().cluster());
    }

    @Test
    void readsWorkersTaskIndexAndTimeout() {
        ClusterSettings c = train(TWO, "train.cluster.task-index=1", "train.cluster.connect-timeout=5").cluster();
        assertEquals(List.of("node-1.example:2222", "10.0.0.2:2223"), c.workers());
        assertEquals(1, c.taskIndex());
        assertEquals(5, c.connectTimeoutSeconds());
        assertEquals("10.0.0.2:2223", c.address());
        assertTrue(!c.isChief());
        ClusterSettings chief = train(TWO).cluster();
        assertEquals(0, chief.taskIndex(), "task-index defaults to the chief");
        assertEquals(120, chief.connectTimeoutSeconds());
        assertTrue(!chief.allowPublic(), "allow-public defaults to false");
        assertEquals(List.of("[::1]:2222", "localhost:1"),
                train("train.cluster.workers=[\"[::1]:2222\",\"localhost:1\"]").cluster().workers());
    }

    @Test
    void badValuesNameTheKey() {
        for (String bad : List.of("node1", "node1:", ":2222", "node1:0", "node1:65536", "node 1:2222", "node1:22x")) {
            String message = error("train.cluster.workers=[\"" + bad + "\"]");
            assertTrue(message.contains("train.cluster.workers") && message.contains("'" + bad + "'")
                    && message.contains("host:port"), message);
        }
        String twice = error("train.cluster.workers=[\"a:1\",\"a:1\"]");
        assertTrue(twice.contains("train.cluster.workers") && twice.contains("twice"), twice);
        String range = error(TWO, "train.cluster.task-index=2");
        assertTrue(range.contains("train.cluster.task-index") && range.contains("0 .. 1") && range.contains("got 2"), range);
        String negative = error(TWO, "train.cluster.task-index=-1");
        assertTrue(negative.contains("train.cluster.task-index"), negative);
        String noWorkers = error("train.cluster.task-index=1");
        assertTrue(noWorkers.contains("train.cluster.task-index") && noWorkers.contains("workers is empty"), noWorkers);
        String notList = error("train.cluster.workers=\"a:1\"");
        assertTrue(notList.contains("train.cluster.workers"), notList);
        String unknown = error("+train.cluster.chief=\"a:1\"");
        assertTrue(unknown.contains("unknown key train.cluster.chief"), unknown);
    }

    @Test
    void clusterPlanRepeatsTheTowersOnEveryTask() {
        assertEquals(new DevicePlan(List.of("/job:worker/task:0/device:CPU:0", "/job:worker/task:1/device:CPU:0"), 1),
                DevicePlan.onTasks(DeviceRequest.of(null), 2));
        assertEquals(new DevicePlan(List.of("/job:worker/task:0/device:CPU:0", "/job:worker/task:0/device:CPU:1",
                "/job:worker/task:1/device:CPU:0", "/job:worker/task:1/device:CPU:1"), 2), DevicePlan.onTasks(DeviceRequest.of(2), 2));
        assertEquals(new DevicePlan(List.of("/job:worker/task:0/device:GPU:0", "/job:worker/task:1/device:GPU:0"), 1),
                DevicePlan.onTasks(DeviceRequest.of(List.of("/GPU:0")), 2));
        List<String> explicit = List.of("/job:worker/task:1/device:CPU:0", "/job:worker/task:0/device:GPU:1");
        assertEquals(new DevicePlan(explicit, 1), DevicePlan.onTasks(DeviceRequest.of(new ArrayList<>(explicit)), 2), "names with tasks as written");
        assertThrows(IllegalArgumentException.class, () -> DevicePlan.onTasks(DeviceRequest.of("all"), 2));
        assertThrows(IllegalArgumentException.class, () -> DevicePlan.onTasks(DeviceRequest.of(List.of("/CPU:0", "/job:worker/task:1")), 2));
    }
}
