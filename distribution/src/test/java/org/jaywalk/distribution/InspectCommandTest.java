package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jaywalk.framework.cli.JaywalkCli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code jaywalk inspect} on the real videowalk checkpoint, through writers buffered like {@code main}'s. */
class InspectCommandTest {

    @Test
    void describesAVideowalkCheckpoint() {
        Path pth = Path.of(System.getProperty("jaywalk.project.root", "..")).resolve("../shared/reference/crw-resnet18.pth");
        Assumptions.assumeTrue(Files.exists(pth), "skipped: " + pth + " is absent (it ships in ../shared/reference)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JaywalkCli.run(new String[] {"inspect", pth.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("encoder.model.conv1.weight") && text.contains("[64, 3, 7, 7]"), text);
        assertTrue(text.contains("\"epoch\" : 3"), text);
    }
}
