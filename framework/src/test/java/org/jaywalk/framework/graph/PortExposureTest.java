package org.jaywalk.framework.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.TrainSettings;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.train.ClusterTasks;
import org.junit.jupiter.api.Test;

/** A task refuses to serve its unauthenticated port on an Internet-routable address (issue 13, item 1). */
class PortExposureTest {

    private static final String PUBLIC_WORKER = "train.cluster.workers=[\"127.0.0.1:2222\",\"8.8.8.8:2222\"]";

    private static TrainSettings train(String... overrides) {
        return new ExperimentLoader(Experiments.registry()).load(Experiments.tiny(), List.of(overrides)).train();
    }

    @Test
    void aWorkerOnAPublicAddressRefusesToStartNamingTheKeyAndWhatThePortGrants() {
        TrainSettings worker = train(PUBLIC_WORKER, "train.cluster.task-index=1");
        String message = assertThrows(IllegalStateException.class, () -> ClusterTasks.serve(worker)).getMessage();
        assertTrue(message.contains("8.8.8.8") && message.contains("train.cluster.allow-public")
                && message.contains("run any op") && message.contains("files"), message);
    }

    @Test
    void allowPublicLetsItPass() {
        PortExposure.requireConfined("8.8.8.8:2222", true);
    }

    @Test
    void classifiesRoutableAddresses() throws UnknownHostException {
        for (String confined : List.of("127.0.0.1", "10.1.2.3", "172.31.0.1", "192.168.1.1", "169.254.1.1",
                "100.64.0.1", "198.18.0.1", "192.0.2.2", "0.0.0.0", "::1", "fd00::2", "fe80::1", "2001:db8::1")) {
            assertFalse(PortExposure.isPublic(InetAddress.getByName(confined)), confined);
        }
        for (String routable : List.of("8.8.8.8", "172.32.0.1", "100.128.0.1", "1.1.1.1", "2606:4700::1111")) {
            assertTrue(PortExposure.isPublic(InetAddress.getByName(routable)), routable);
        }
    }
}
